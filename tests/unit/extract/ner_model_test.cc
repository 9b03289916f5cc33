#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/schema_data.h"
#include "extract/ner_features.h"
#include "extract/ner_model.h"
#include "extract/ner_train.h"
#include "support/test_support.h"
#include "text/segment.h"

namespace {

using claimgraph::extract::NerLabel;
using claimgraph::extract::NerModel;

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t sp = text.find(' ', pos);
    if (sp == std::string_view::npos) sp = text.size();
    if (sp > pos) out.push_back(text.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

std::vector<std::string> Names(const std::vector<NerLabel>& labels) {
  std::vector<std::string> out;
  for (NerLabel l : labels) out.emplace_back(claimgraph::extract::NerLabelName(l));
  return out;
}

}  // namespace

TEST_CASE("shipped NER model finds people and places in a news sentence") {
  const NerModel* model = NerModel::Get();
  REQUIRE(model != nullptr);
  REQUIRE(NerModel::Get() == model);
  auto words = Words("Secretary of State John Kerry met Russian President Vladimir Putin in Moscow .");
  auto labels = Names(model->Tag(words));
  REQUIRE(labels.size() == words.size());
  CHECK(labels[3] == "B-PER");  // John
  CHECK(labels[4] == "I-PER");  // Kerry
  CHECK(labels[0] == "O");      // Secretary of State: titles are not part of the name
  CHECK(labels[2] == "O");
  CHECK(labels[8] == "B-PER");   // Vladimir
  CHECK(labels[9] == "I-PER");   // Putin
  CHECK(labels[7] == "O");       // President
  CHECK(labels[11] == "B-LOC");  // Moscow
  CHECK(labels[12] == "O");
}

TEST_CASE("shipped NER model tags an all-capitals headline") {
  const NerModel* model = NerModel::Get();
  REQUIRE(model != nullptr);
  auto labels = Names(model->Tag(Words("RUSSIAN PRESIDENT VLADIMIR PUTIN VISITS CHINA")));
  CHECK(labels[1] == "O");
  CHECK(labels[2] == "B-PER");
  CHECK(labels[3] == "I-PER");
  CHECK(labels[5] == "B-LOC");
}

TEST_CASE("NER model handles an empty sentence and rejects bad files") {
  const NerModel* model = NerModel::Get();
  REQUIRE(model != nullptr);
  CHECK(model->Tag({}).empty());
  CHECK(NerModel::FromBytes("") == nullptr);
  CHECK(NerModel::FromBytes(std::string(1000, 'x')) == nullptr);
}

TEST_CASE("NER trainer round trip: train, save, load, tag the training sentences") {
  using claimgraph::extract::NerTrainSentence;
  const NerLabel O = NerLabel::kO, BP = NerLabel::kBPer, IP = NerLabel::kIPer, BL = NerLabel::kBLoc,
                 BO = NerLabel::kBOrg, IO = NerLabel::kIOrg;
  std::vector<NerTrainSentence> data = {
      {{"Alice", "Moreau", "flew", "to", "Lisbon", "."}, {BP, IP, O, O, BL, O}},
      {{"The", "Harbour", "Council", "met", "in", "Oslo", "."}, {O, BO, IO, O, O, BL, O}},
      {{"Lisbon", "welcomed", "Alice", "Moreau", "."}, {BL, O, BP, IP, O}},
      {{"Oslo", "hosts", "the", "Harbour", "Council", "."}, {BL, O, O, BO, IO, O}},
  };
  claimgraph::extract::NerTrainOptions options;
  options.epochs = 8;
  options.log2_buckets = 12;
  int epochs_seen = 0;
  options.after_epoch = [&](int, std::string_view) { ++epochs_seen; };
  const std::string bytes = claimgraph::extract::TrainNerModel(data, options);
  CHECK(epochs_seen == 8);
  auto model = NerModel::FromBytes(bytes);
  REQUIRE(model != nullptr);
  CHECK(model->SizeBytes() == bytes.size());
  for (const auto& s : data) {
    std::vector<std::string_view> words(s.words.begin(), s.words.end());
    CHECK(Names(model->Tag(words)) == Names(s.labels));
  }
  // A truncated file is refused.
  CHECK(NerModel::FromBytes(std::string_view(bytes).substr(0, bytes.size() - 1)) == nullptr);
}

TEST_CASE("typographic quotes are punctuation to the NER model, never part of a name") {
  const NerModel* model = NerModel::Get();
  REQUIRE(model != nullptr);
  auto curly =
      Names(model->Tag(Words("\u201C We will not give up , \u201D Rutte said in Brussels \u2013 again .")));
  auto straight = Names(model->Tag(Words("\" We will not give up , \" Rutte said in Brussels -- again .")));
  CHECK(curly == straight);
  CHECK(curly[0] == "O");
  CHECK(curly[7] == "O");
  CHECK(curly[8] == "B-PER");
  CHECK(curly[11] == "B-LOC");
  CHECK(curly[12] == "O");
}

TEST_CASE("a model read from misaligned bytes tags like the embedded one") {
  const NerModel* model = NerModel::Get();
  REQUIRE(model != nullptr);
  auto file = claimgraph::internal::SchemaFile("models/ner.bin");
  REQUIRE(file.has_value());
  std::string shifted = "x" + std::string(*file);
  auto copy = NerModel::FromBytes(std::string_view(shifted).substr(1));
  REQUIRE(copy != nullptr);
  auto words = Words("Chancellor Angela Merkel told the Bundestag in Berlin that Germany would act .");
  CHECK(Names(copy->Tag(words)) == Names(model->Tag(words)));
}

namespace {
// A lexicon of word classes by hand: the shipped model's classes (1-30) and others (40, 255),
// whose pair features NerPairFeatures hashes afresh instead of reading its tables.
std::vector<uint32_t> HandLexicon() {
  using namespace claimgraph::extract;
  std::vector<uint32_t> slots(64, 0);
  const std::pair<std::string_view, uint8_t> classes[] = {
      {"secretary", 1}, {"of", 30}, {"john", 7},    {"kerry", 40}, {"met", 31}, {"russian", 255},
      {"putin", 13},    {"in", 2},  {"moscow", 19}, {"rutte", 40}, {"said", 3}, {"un", 255}};
  for (const auto& [word, cls] : classes) {
    const uint64_t hash = NerWordHash(word);
    uint32_t i = static_cast<uint32_t>(hash) & 63;
    while (slots[i] != 0) i = (i + 1) & 63;
    slots[i] = NerLexiconView::Tag(hash) | cls;
  }
  return slots;
}
}  // namespace

TEST_CASE("a token's features are its words' own, its neighbours' and the pair features") {
  // the tagger sums per word what depends on one word (ner_model.cc): the grouping must give
  // exactly the trainer's features, token by token, whatever the words' lexicon classes
  using namespace claimgraph::extract;
  const std::vector<uint32_t> hand = HandLexicon();
  for (const NerLexiconView lexicon : {NerLexiconView{}, NerLexiconView{hand.data(), 63}})
    for (std::string_view sentence :
         {"Secretary of State John Kerry met Russian President Vladimir Putin in Moscow .", "Hello",
          "\u201C We will not give up , \u201D Rutte said \u2013 again \u2026", "UN chief Guterres ( 2017 )",
          "RUSSIAN PRESIDENT VLADIMIR PUTIN VISITS CHINA", "Kerry UN Kerry of of UN UN said Rutte"}) {
      auto words = Words(sentence);
      std::vector<uint64_t> expected;
      ExtractNerFeatures(words, lexicon, &expected);
      const size_t n = words.size();
      std::vector<uint8_t> caps;
      for (auto w : words) {
        NerWordFeatures f;
        DescribeNerWord(w, false, lexicon, &f);
        caps.push_back(f.word_cap);
      }
      const bool caseless = NerCaselessSentence(caps.data(), n);
      CHECK(caseless == (sentence.substr(0, 7) == "RUSSIAN"));
      INFO(sentence);
      std::vector<NerWordFeatures> at(n + 4);
      DescribeNerPad(0, &at[0]);
      DescribeNerPad(1, &at[1]);
      for (size_t i = 0; i < n; ++i) DescribeNerWord(words[i], caseless, lexicon, &at[i + 2]);
      DescribeNerPad(2, &at[n + 2]);
      DescribeNerPad(3, &at[n + 3]);
      std::vector<const NerNeighbour*> neighbours;
      for (const NerWordFeatures& f : at) neighbours.push_back(&f.self);
      std::vector<uint64_t> pairs(n * kNerPairFeatures);
      NerPairFeatures(neighbours.data(), n, pairs.data());
      for (size_t i = 0; i < n; ++i) {
        std::vector<uint64_t> got(at[i + 2].own, at[i + 2].own + kNerOwnFeatures);
        got.insert(got.end(), at[i + 1].as_prev, at[i + 1].as_prev + 2);
        got.insert(got.end(), at[i + 3].as_next, at[i + 3].as_next + 2);
        got.push_back(at[i].as_prev2);
        got.push_back(at[i + 4].as_next2);
        const uint64_t* pair = pairs.data() + i * kNerPairFeatures;
        got.insert(got.end(), pair, pair + kNerPairFeatures);
        std::vector<uint64_t> want(expected.begin() + static_cast<ptrdiff_t>(i * kNerFeaturesPerToken),
                                   expected.begin() + static_cast<ptrdiff_t>((i + 1) * kNerFeaturesPerToken));
        std::sort(got.begin(), got.end());
        std::sort(want.begin(), want.end());
        CHECK(got == want);
      }
    }
}

TEST_CASE("the tagger's per-word sums give the labels of its features computed afresh") {
  const NerModel* model = NerModel::Get();
  REQUIRE(model != nullptr);
  auto file = claimgraph::internal::SchemaFile("models/ner.bin");
  REQUIRE(file.has_value());
  std::string shifted = "x" + std::string(*file);
  auto copy = NerModel::FromBytes(std::string_view(shifted).substr(1));
  REQUIRE(copy != nullptr);
  // words repeat across sentences and models alternate: each model's sums are its own
  for (std::string_view sentence :
       {"Chancellor Angela Merkel told the Bundestag in Berlin that Germany would act .",
        "Merkel said Germany would act in Berlin , Merkel said .", "Berlin",
        "Mr Blair met Gordon Brown at No 10",
        "\u201C We will not give up , \u201D Rutte said in Brussels \u2013 again .",
        "RUSSIAN PRESIDENT VLADIMIR PUTIN VISITS CHINA", "Putin visits China"}) {
    auto words = Words(sentence);
    CHECK(Names(model->Tag(words)) == Names(model->TagUncached(words)));
    CHECK(Names(copy->Tag(words)) == Names(model->TagUncached(words)));
    CHECK(Names(model->Tag(words)) == Names(copy->TagUncached(words)));
  }
}

TEST_CASE("the tagger labels every sentence of the examples the same with and without AVX2") {
  // Tag decodes with AVX2 where the processor has it; TagSse2 as a processor without it does
  const NerModel* model = NerModel::Get();
  REQUIRE(model != nullptr);
  size_t sentences = 0, names = 0;
  for (const auto& entry : std::filesystem::directory_iterator(CLAIMGRAPH_SOURCE_DIR "/examples")) {
    if (entry.path().extension() != ".txt") continue;
    INFO(entry.path());
    const std::string article = claimgraph::testing::ReadFile(entry.path());
    const claimgraph::text::Segmented seg = claimgraph::text::Segment(article);
    for (const auto& s : seg.sentences) {
      std::vector<std::string_view> words;
      for (uint32_t t = s.first; t < s.last; ++t) words.push_back(seg.tokens[t].Text(article));
      const auto labels = Names(model->Tag(words));
      CHECK(labels == Names(model->TagSse2(words)));
      CHECK(labels == Names(model->TagUncached(words)));
      ++sentences;
      names += static_cast<size_t>(std::count(labels.begin(), labels.end(), "B-PER"));
    }
  }
  CHECK(sentences > 50);
  CHECK(names > 20);
}
