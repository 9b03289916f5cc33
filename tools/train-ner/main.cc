// claimgraph_train_ner: trains the NER model (schema/models/ner.bin) on the
// GMB-derived CSV ("Sentence #,Word,POS,Tag"; latin-1) and measures models on
// a GMB held-out split and on CoNLL-2003 files (measurement only).
//
//   claimgraph_train_ner --gmb ner_dataset.csv --out schema/models/ner.bin
//       [--eval-conll eng.testa]
//   claimgraph_train_ner --model schema/models/ner.bin --eval-conll eng.testa
#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/ner_model.h"
#include "extract/ner_train.h"

namespace {

using claimgraph::extract::NerLabel;
using claimgraph::extract::NerLabelName;
using claimgraph::extract::NerModel;
using claimgraph::extract::NerTrainSentence;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Latin1ToUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

// One CSV record's fields; handles "quoted, fields" with "" escapes.
std::vector<std::string> SplitCsv(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back().push_back(c);
    }
  }
  return fields;
}

struct GmbToken {
  std::string word, pos, tag;  // tag: "O", "B-geo", ...
};
using GmbSentence = std::vector<GmbToken>;

std::vector<GmbSentence> ReadGmb(const std::string& path) {
  std::string text = Latin1ToUtf8(ReadFile(path));
  std::vector<GmbSentence> out;
  size_t pos = 0;
  bool header = true;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> f = SplitCsv(line);
    if (f.size() != 4) continue;
    if (!f[0].empty() || out.empty()) out.emplace_back();
    out.back().push_back({f[1], f[2], f[3]});
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool HasUpper(std::string_view w) {
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

bool IsAbbreviatedHonorific(std::string_view w) {
  if (w.size() < 3 || w.size() > 5 || w.back() != '.') return false;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (!std::isalpha(static_cast<unsigned char>(w[i]))) return false;
  }
  return true;
}

struct MapOptions {
  bool misc_events = true;    // art/eve/nat -> MISC (else O)
  std::string gpe = "split";  // gpe -> split (country LOC, nationality MISC), loc, misc, o
};

// GMB tags -> CoNLL labels. per -> PER with leading titles removed; org -> ORG;
// geo -> LOC; gpe -> LOC for proper nouns that are never adjectives/plurals in
// GMB (Nepal, Sudan), MISC for nationality words (Iraqi, Palestinians);
// tim -> O; art/eve/nat -> MISC.
std::vector<NerTrainSentence> MapGmb(const std::vector<GmbSentence>& gmb,
                                     const std::unordered_set<std::string>& titles, const MapOptions& options,
                                     std::map<std::string, int>* stripped) {
  std::unordered_set<std::string> nationality, lower_words;
  for (const auto& s : gmb) {
    for (const auto& t : s) {
      if (t.tag.size() > 2 && t.tag.compare(2, 3, "gpe") == 0 && t.pos != "NNP" && t.pos != "NNPS") {
        nationality.insert(t.word);
      }
      if (Lower(t.word) == t.word) lower_words.insert(t.word);
    }
  }
  auto is_title = [&](const std::string& w) { return titles.count(Lower(w)) || IsAbbreviatedHonorific(w); };
  std::vector<NerTrainSentence> out;
  out.reserve(gmb.size());
  for (const auto& s : gmb) {
    NerTrainSentence ts;
    const size_t n = s.size();
    std::vector<std::string> raw(n);
    std::vector<bool> begins(n);
    for (size_t i = 0; i < n; ++i) {
      raw[i] = s[i].tag.size() > 2 ? s[i].tag.substr(2) : "";
      begins[i] = !raw[i].empty() && (s[i].tag[0] == 'B' || i == 0 || raw[i - 1] != raw[i]);
    }
    // Repairs of frequent GMB slips between adjacent spans.
    struct RawSpan {
      size_t start, end;
    };
    std::vector<RawSpan> spans;
    for (size_t i = 0; i < n; ++i) {
      if (begins[i])
        spans.push_back({i, i + 1});
      else if (!raw[i].empty() && !spans.empty())
        spans.back().end = i + 1;
    }
    auto set_type = [&](RawSpan sp, const std::string& type) {
      for (size_t i = sp.start; i < sp.end; ++i) raw[i] = type;
    };
    auto all_titles_in = [&](RawSpan sp) {
      for (size_t i = sp.start; i < sp.end; ++i) {
        if (!is_title(s[i].word)) return false;
      }
      return true;
    };
    for (size_t k = 0; k < spans.size(); ++k) {
      RawSpan a = spans[k];
      const std::string ta = raw[a.start];
      const bool adjacent = k + 1 < spans.size() && spans[k + 1].start == a.end;
      RawSpan b = adjacent ? spans[k + 1] : RawSpan{0, 0};
      const std::string tb = adjacent ? raw[b.start] : "";
      if (ta == "per" && a.end - a.start == 1 && tb == "gpe" && s[b.start].pos == "NNP") {
        set_type(a, "geo");  // Sri/per Lanka/gpe
        set_type(b, "geo");
        begins[b.start] = false;
      } else if (ta == "gpe" && tb == "geo" && lower_words.count(Lower(s[b.start].word))) {
        set_type(a, "geo");  // Czech/gpe Republic/geo
        set_type(b, "geo");
        begins[b.start] = false;
      } else if ((ta == "org" || ta == "geo") && tb == "per" && all_titles_in(a)) {
        set_type(a, "");  // Secretary of State/org John Kerry/per
        for (size_t i = a.start; i < a.end; ++i) begins[i] = false;
      } else if (ta == "per") {
        bool all_titles = true;
        for (size_t i = a.start; i < a.end; ++i) all_titles = all_titles && is_title(s[i].word);
        if (all_titles) {
          set_type(a, "");  // Mr./per Yushchenko/org
          for (size_t i = a.start; i < a.end; ++i) begins[i] = false;
          if (tb == "org" || tb == "geo" || tb == "gpe") set_type(b, "per");
        }
      }
    }
    // A span never starts with a word without capitals (southern/geo Iraq,
    // the/geo Netherlands): such leading words become O. al-Qaida stays.
    for (const RawSpan& sp : spans) {
      if (raw[sp.start].empty() || raw[sp.start] == "tim") continue;
      size_t j = sp.start;
      while (j < sp.end && !HasUpper(s[j].word) && !raw[j].empty()) {
        raw[j] = "";
        begins[j] = false;
        ++j;
      }
      if (j < sp.end && j > sp.start) begins[j] = true;
    }
    std::vector<std::string> types(n);
    for (size_t i = 0; i < n; ++i) {
      ts.words.push_back(s[i].word);
      const std::string& r = raw[i];
      std::string type;
      if (r == "per")
        type = "PER";
      else if (r == "org")
        type = "ORG";
      else if (r == "geo")
        type = "LOC";
      else if (r == "gpe" && options.gpe == "split") {
        type = (s[i].pos == "NNP" || s[i].pos == "NNPS") && !nationality.count(s[i].word) ? "LOC" : "MISC";
      } else if (r == "gpe")
        type = options.gpe == "loc" ? "LOC" : options.gpe == "misc" ? "MISC" : "";
      else if (r == "tim" || r.empty())
        type = "";
      else
        type = options.misc_events ? "MISC" : "";
      types[i] = type;
      if (!type.empty() && i > 0 && types[i - 1] != type) begins[i] = true;
    }
    // Strip titles from the start of PER spans.
    for (size_t i = 0; i < s.size(); ++i) {
      if (types[i] != "PER" || !begins[i]) continue;
      size_t end = i + 1;
      while (end < s.size() && types[end] == "PER" && !begins[end]) ++end;
      size_t j = i;
      while (j + 1 < end && is_title(s[j].word)) {
        if (stripped) ++(*stripped)[s[j].word];
        types[j] = "";
        ++j;
      }
      begins[j] = true;
      i = end - 1;
    }
    for (size_t i = 0; i < s.size(); ++i) {
      const std::string& t = types[i];
      int base = t == "PER" ? 1 : t == "ORG" ? 3 : t == "LOC" ? 5 : t == "MISC" ? 7 : 0;
      ts.labels.push_back(static_cast<NerLabel>(base == 0 ? 0 : base + (begins[i] ? 0 : 1)));
    }
    out.push_back(std::move(ts));
  }
  return out;
}

// Spans as conll_ner.py reads them: B- or a type change starts one (IOB1 or IOB2).
struct Span {
  size_t start, end;
  std::string type;
  bool operator<(const Span& o) const {
    return std::tie(start, end, type) < std::tie(o.start, o.end, o.type);
  }
};
std::vector<Span> Spans(const std::vector<std::string>& tags) {
  std::vector<Span> out;
  std::string typ;
  size_t start = 0;
  bool open = false;
  for (size_t i = 0; i <= tags.size(); ++i) {
    std::string t = i < tags.size() ? tags[i] : "O";
    bool cont = t.size() > 2 && t[0] == 'I' && open && t.substr(2) == typ;
    if (!cont) {
      if (open) out.push_back({start, i, typ});
      open = t != "O";
      if (open) {
        start = i;
        typ = t.substr(2);
      }
    }
  }
  return out;
}

struct EvalSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;
};

// Exact-span P/R/F1 for PER/ORG/LOC, as conll_ner.py: MISC predictions are
// dropped, and a prediction on a gold MISC span is not a false positive.
// CPU time of this thread: the machine is shared, so wall time would mislead.
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

std::string g_predictions_path;
int g_repeat = 1;  // --repeat: tag the evaluation data this many times, for the speed figure  //
                   // --predictions: "word gold predicted" lines of the last evaluation

void Evaluate(const NerModel& model, const std::vector<EvalSentence>& data, const std::string& name) {
  std::map<std::string, int> tp, fp, fn;
  size_t tokens = 0, bytes = 0;
  std::vector<std::vector<NerLabel>> predicted;
  predicted.reserve(data.size());
  std::vector<std::vector<std::string_view>> sentences;
  for (const auto& s : data) {
    sentences.emplace_back(s.words.begin(), s.words.end());
    tokens += s.words.size();
    for (const auto& w : s.words) bytes += w.size() + 1;
  }
  // Tags everything g_repeat times: the speed figure covers Tag() alone.
  const double cpu0 = CpuSeconds();
  for (int r = 0; r < g_repeat; ++r) {
    predicted.clear();
    for (const auto& words : sentences) predicted.push_back(model.Tag(words));
  }
  const double secs = (CpuSeconds() - cpu0) / g_repeat;
  for (size_t k = 0; k < data.size(); ++k) {
    std::vector<std::string> pt;
    for (NerLabel l : predicted[k]) pt.emplace_back(NerLabelName(l));
    std::set<Span> gold, misc, sys;
    for (auto& sp : Spans(data[k].tags)) {
      if (sp.type == "MISC")
        misc.insert({sp.start, sp.end, ""});
      else
        gold.insert(sp);
    }
    for (auto& sp : Spans(pt)) {
      if (sp.type != "MISC") sys.insert(sp);
    }
    for (auto& g : gold) (sys.count(g) ? tp : fn)[g.type]++;
    for (auto& p : sys) {
      if (!gold.count(p) && !misc.count({p.start, p.end, ""})) fp[p.type]++;
    }
  }
  if (!g_predictions_path.empty()) {
    std::ofstream out(g_predictions_path);
    for (size_t k = 0; k < data.size(); ++k) {
      for (size_t i = 0; i < data[k].words.size(); ++i) {
        out << data[k].words[i] << ' ' << data[k].tags[i] << ' ' << NerLabelName(predicted[k][i]) << '\n';
      }
      out << '\n';
    }
  }
  auto prf = [](int t, int p, int n) {
    double P = t + p ? double(t) / (t + p) : 0, R = t + n ? double(t) / (t + n) : 0;
    return std::array<double, 3>{P, R, P + R > 0 ? 2 * P * R / (P + R) : 0};
  };
  int T = 0, P = 0, N = 0;
  std::printf("%s: %zu sentences, %zu tokens\n", name.c_str(), data.size(), tokens);
  for (const char* ty : {"PER", "ORG", "LOC"}) {
    auto r = prf(tp[ty], fp[ty], fn[ty]);
    T += tp[ty];
    P += fp[ty];
    N += fn[ty];
    std::printf("  %-3s P %.3f R %.3f F1 %.3f  (tp %d fp %d fn %d)\n", ty, r[0], r[1], r[2], tp[ty], fp[ty],
                fn[ty]);
  }
  auto r = prf(T, P, N);
  std::printf("  ALL P %.3f R %.3f F1 %.3f\n", r[0], r[1], r[2]);
  std::printf("  tagging: %.0f tokens/s, %.1f MB/s (CPU time, one thread)\n", tokens / secs,
              bytes / secs / 1e6);
}

std::vector<EvalSentence> ReadConll(const std::string& path) {
  std::istringstream in(ReadFile(path));
  std::vector<EvalSentence> out(1);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream ls(line);
    std::vector<std::string> parts;
    for (std::string p; ls >> p;) parts.push_back(p);
    if (parts.empty() || parts[0] == "-DOCSTART-") {
      if (!out.back().words.empty()) out.emplace_back();
      continue;
    }
    out.back().words.push_back(parts[0]);
    out.back().tags.push_back(parts.back());
  }
  if (out.back().words.empty()) out.pop_back();
  return out;
}

std::vector<EvalSentence> ToEval(const std::vector<NerTrainSentence>& data) {
  std::vector<EvalSentence> out;
  for (const auto& s : data) {
    EvalSentence e{s.words, {}};
    for (NerLabel l : s.labels) e.tags.emplace_back(NerLabelName(l));
    out.push_back(std::move(e));
  }
  return out;
}

std::unordered_set<std::string> ReadTitles(const std::string& path) {
  std::unordered_set<std::string> out;
  std::istringstream in(ReadFile(path));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    out.insert(Lower(line));
  }
  return out;
}

// Tags each space-tokenized sentence with the model at model_path (or the built-in one)
// and prints word/TAG pairs, a sentence a line.
void TagSentences(const std::string& model_path, const std::vector<std::string>& sentences) {
  static std::string bytes = model_path.empty() ? std::string() : ReadFile(model_path);
  std::unique_ptr<NerModel> owned = model_path.empty() ? nullptr : NerModel::FromBytes(bytes);
  const NerModel* model = model_path.empty() ? NerModel::Get() : owned.get();
  if (!model) throw std::runtime_error("no model");
  for (const auto& sentence : sentences) {
    std::istringstream ss(sentence);
    std::vector<std::string> toks;
    for (std::string w; ss >> w;) toks.push_back(w);
    std::vector<std::string_view> words(toks.begin(), toks.end());
    auto labels = model->Tag(words);
    for (size_t i = 0; i < words.size(); ++i) {
      std::printf("%s%s/%s", i ? " " : "", toks[i].c_str(), std::string(NerLabelName(labels[i])).c_str());
    }
    std::printf("\n");
  }
}

// Training data as news writes it too: some first names shortened to an initial (J. Smith),
// and a share of the sentences added again in capitals (not counted for the lexicon).
void Augment(uint64_t seed, double initial_fraction, double upper_fraction,
             std::vector<NerTrainSentence>* data) {
  std::vector<NerTrainSentence>& train = *data;
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> coin(0, 1);
  for (auto& s : train) {
    for (size_t i = 0; i + 1 < s.words.size(); ++i) {
      if (s.labels[i] == NerLabel::kBPer && s.labels[i + 1] == NerLabel::kIPer && s.words[i].size() > 2 &&
          std::isupper(static_cast<unsigned char>(s.words[i][0])) && coin(rng) < initial_fraction) {
        s.words[i] = s.words[i].substr(0, 1) + ".";
      }
    }
  }
  const size_t original = train.size();
  for (size_t i = 0; i < original; ++i) {
    if (coin(rng) >= upper_fraction) continue;
    NerTrainSentence up = train[i];
    up.counts_for_lexicon = false;
    for (auto& w : up.words) {
      for (char& c : w) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      }
    }
    train.push_back(std::move(up));
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Train / evaluate the claimgraph NER model"};
  std::string gmb_path, out_path, model_path, titles_path, conll_path;
  int epochs = 5, log2_buckets = 16, dev_every = 20;
  double upper_fraction = 0.15;
  bool no_misc_events = false, verbose = false;
  uint64_t seed = 1;
  app.add_option("--gmb", gmb_path, "GMB ner_dataset.csv (latin-1) to train on");
  app.add_option("--out", out_path, "where to write the trained model");
  app.add_option("--model", model_path, "evaluate this model file instead of training");
  app.add_option("--titles", titles_path, "title words stripped from the start of per spans")
      ->default_val(std::string(CLAIMGRAPH_TRAIN_NER_DIR) + "/titles.txt");
  app.add_option("--eval-conll", conll_path, "CoNLL-2003 file to measure on (never trained on)");
  app.add_option("--epochs", epochs)->default_val(5);
  app.add_option("--log2-buckets", log2_buckets)->default_val(16);
  app.add_option("--dev-every", dev_every, "hold out every Nth GMB sentence (0: none)")->default_val(20);
  app.add_option("--upper-fraction", upper_fraction, "share of training sentences added again in capitals")
      ->default_val(0.15);
  app.add_option("--seed", seed)->default_val(1);
  int runs = 4, lexicon_folds = 5;
  double initial_fraction = 0.05;
  app.add_option("--initial-fraction", initial_fraction, "share of first names shortened to an initial (J.)")
      ->default_val(0.05);
  app.add_option("--lexicon-folds", lexicon_folds, "folds for the word-class lexicon (0: no lexicon)")
      ->default_val(5);
  app.add_option("--runs", runs, "independent trainings (seeds seed..seed+runs-1) averaged into one model")
      ->default_val(4);
  double word_dropout = 0, context_dropout = 0;
  app.add_option("--word-dropout", word_dropout,
                 "share of tokens trained without their word-identity features")
      ->default_val(0);
  app.add_option("--context-dropout", context_dropout,
                 "share of tokens trained without their context features")
      ->default_val(0);
  app.add_flag("--no-misc-events", no_misc_events, "art/eve/nat -> O instead of MISC");
  std::string gpe_mapping = "split";
  app.add_option("--gpe", gpe_mapping,
                 "gpe -> split (country names LOC, nationality words MISC), loc, misc or o")
      ->default_val("split")
      ->check(CLI::IsMember({"split", "loc", "misc", "o"}));
  app.add_option("--predictions", g_predictions_path,
                 "write word/gold/predicted lines of the evaluations here");
  std::vector<std::string> tag_sentences;
  app.add_option("--tag", tag_sentences,
                 "tag these space-tokenized sentences with --model (or the built-in model)");
  app.add_option("--repeat", g_repeat, "tag evaluation data this many times (speed measurement)");
  app.add_flag("--verbose", verbose, "print stripped titles and per-epoch scores");
  CLI11_PARSE(app, argc, argv);
  try {
    std::vector<EvalSentence> conll;
    if (!conll_path.empty()) conll = ReadConll(conll_path);
    if (!tag_sentences.empty()) {
      TagSentences(model_path, tag_sentences);
      return 0;
    }
    if (!model_path.empty()) {
      static std::string bytes = ReadFile(model_path);
      auto t0 = std::chrono::steady_clock::now();
      auto model = NerModel::FromBytes(bytes);
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      if (!model) throw std::runtime_error("not a model file: " + model_path);
      std::printf("model %s: %zu bytes, loaded in %.3f ms\n", model_path.c_str(), bytes.size(), ms);
      if (!conll.empty()) Evaluate(*model, conll, "CoNLL " + conll_path);
      return 0;
    }
    if (gmb_path.empty()) throw std::runtime_error("--gmb or --model is required");
    auto gmb = ReadGmb(gmb_path);
    MapOptions map_options;
    map_options.misc_events = !no_misc_events;
    map_options.gpe = gpe_mapping;
    std::map<std::string, int> stripped;
    auto all = MapGmb(gmb, ReadTitles(titles_path), map_options, &stripped);
    if (verbose) {
      std::vector<std::pair<int, std::string>> top;
      for (auto& [w, n] : stripped) top.push_back({n, w});
      std::sort(top.rbegin(), top.rend());
      std::printf("stripped titles:");
      for (size_t i = 0; i < top.size() && i < 60; ++i)
        std::printf(" %s:%d", top[i].second.c_str(), top[i].first);
      std::printf("\n");
    }
    std::vector<NerTrainSentence> train, dev;
    for (size_t i = 0; i < all.size(); ++i) {
      all[i].group = static_cast<uint32_t>(i);
      (dev_every > 0 && i % dev_every == static_cast<size_t>(dev_every - 1) ? dev : train).push_back(all[i]);
    }
    const size_t original = train.size();
    Augment(seed, initial_fraction, upper_fraction, &train);
    std::printf("GMB: %zu sentences: %zu train (+%zu in capitals), %zu held out\n", all.size(), original,
                train.size() - original, dev.size());
    auto dev_eval = ToEval(dev);
    claimgraph::extract::NerTrainOptions options;
    options.epochs = epochs;
    options.log2_buckets = log2_buckets;
    options.seed = seed;
    options.word_dropout = word_dropout;
    options.runs = runs;
    options.lexicon_folds = lexicon_folds;
    options.context_dropout = context_dropout;
    if (verbose) {
      options.after_epoch = [&](int epoch, std::string_view bytes) {
        auto m = NerModel::FromBytes(bytes);
        std::printf("epoch %d\n", epoch);
        Evaluate(*m, dev_eval, "GMB held-out");
        if (!conll.empty()) Evaluate(*m, conll, "CoNLL " + conll_path);
        std::fflush(stdout);
      };
    }
    auto t0 = std::chrono::steady_clock::now();
    static std::string bytes = claimgraph::extract::TrainNerModel(train, options);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("trained %d epochs in %.1f s; model %zu bytes\n", epochs, secs, bytes.size());
    auto model = NerModel::FromBytes(bytes);
    Evaluate(*model, dev_eval, "GMB held-out");
    if (!conll.empty()) Evaluate(*model, conll, "CoNLL " + conll_path);
    if (!out_path.empty()) {
      std::ofstream out(out_path, std::ios::binary);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      if (!out) throw std::runtime_error("cannot write " + out_path);
      std::printf("wrote %s\n", out_path.c_str());
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "claimgraph_train_ner: %s\n", e.what());
    return 1;
  }
  return 0;
}
