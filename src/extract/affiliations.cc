// Stage 3: affiliations. A person's title or description ties them to an
// organization, a country or a party: "NYPD Commissioner James O'Neill" (leads
// NYPD), "IMF chief economist Maury Obstfeld" (member_of IMF), "Rep. Adam Schiff,
// the top Democrat on the House Intelligence Committee" (member_of the committee
// and the Democratic Party), "British Prime Minister Theresa May" (leads Britain).
//
// Only ties the text states next to a mention of the person are made, and never
// a past one ("former"). The words are data: schema/lexicons/affiliations.tsv.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "common/lexicon_file.h"
#include "common/schema_data.h"
#include "extract/claims/stance.h"
#include "extract/stages.h"
#include "text/chars.h"

namespace claimgraph::extract {
namespace {

using text::Token;

enum WordKind : uint16_t {
  kLeads = 1,
  kMember = 2,
  kLower = 4,
  kPast = 8,
  kPartyWord = 16,
  kOpener = 32,
  kHeadOfState = 64,  // a "leads" row with value "state": "president", "king"
  kSuffix = 128,      // ends a title without changing its rank: "chief executive", "director general"
  kPartyHead = 256,   // a "leads" title that heads a party after its party word: "Tory leader"
  kBoard = 512,       // the body that governs what it is at: "chairman of the board of governors at"
  kChamber = 1024,    // a legislature's chamber before a party word: "Senate Republican leader"
  kTie = 2048,        // ties a title to what follows: "director of X", "a professor at Y"
  kSeveral = 4096,    // opens a description of one of several: "a director at the Institute"
};

struct AffiliationLexicon {
  std::unordered_map<std::string, uint16_t> kinds;
  std::unordered_map<std::string, std::string> party;  // word -> party name
  // a head-of-state title that heads only the countries listed: "chancellor" -> Germany, Austria
  std::unordered_map<std::string, std::vector<std::string>> state_of;

  static const AffiliationLexicon& Get() {
    static const AffiliationLexicon* lex = [] {
      auto* l = new AffiliationLexicon;
      {
        // each class of affiliations.tsv and the word kind it gives ("party" also names the party)
        static constexpr std::pair<std::string_view, uint16_t> kClasses[] = {
            {"leads", kLeads},     {"member", kMember}, {"lower", kLower},          {"past", kPast},
            {"opener", kOpener},   {"suffix", kSuffix}, {"party_head", kPartyHead}, {"board", kBoard},
            {"chamber", kChamber}, {"tie", kTie},       {"several", kSeveral},      {"party", 0}};
        internal::LexiconSpec spec{2, 4, {}};
        for (const auto& [name, bit] : kClasses) spec.classes.push_back(name);
        for (const auto& row : internal::ReadLexicon("lexicons/affiliations.tsv", spec)) {
          std::string w(row[0]);
          uint16_t& k = l->kinds[w];
          for (const auto& [name, bit] : kClasses)
            if (row[1] == name) k |= bit;
          if (row[1] == "leads" && row[2] == "state") {
            k |= kHeadOfState;
            internal::ForEachListItem(row[3], [&](std::string_view c) { l->state_of[w].emplace_back(c); });
          } else if (row[1] == "party" && row.size() > 2) {
            k |= kPartyWord;
            l->party[w] = std::string(row[2]);
          }
        }
      }
      return l;
    }();
    return *lex;
  }

  uint16_t Kind(std::string_view lower) const {
    auto it = kinds.find(std::string(lower));
    return it == kinds.end() ? 0 : it->second;
  }

  // Does the title word head the country named `country` ("German Chancellor"; not "UK
  // Chancellor")?
  bool HeadsState(std::string_view lower, std::string_view country) const {
    if (!(Kind(lower) & kHeadOfState)) return false;
    auto it = state_of.find(std::string(lower));
    return it == state_of.end() ||
           std::find(it->second.begin(), it->second.end(), country) != it->second.end();
  }
};

std::string Lower(std::string_view s) { return text::Fold(s); }

}  // namespace

bool IsPastOfficeWord(std::string_view lower) { return AffiliationLexicon::Get().Kind(lower) & kPast; }

void LoadAffiliationLexicon() { AffiliationLexicon::Get(); }

namespace {

class Affiliations {
 public:
  Affiliations(const Article& article, const text::Segmented& seg, Extraction* out)
      : text_(article.text),
        toks_(seg.tokens),
        folded_(seg.folded.size() == seg.tokens.size() ? seg.folded.data() : nullptr),
        out_(out),
        lex_(AffiliationLexicon::Get()) {}

  void Run() {
    if (toks_.empty()) return;
    // Lower-cased lazily, unless the entity stage kept its folded tokens: only the words around
    // person mentions are ever read.
    if (folded_ == nullptr) {
      lower_.assign(toks_.size(), std::string_view());
      lowered_.assign(toks_.size(), 0);
    }
    owner_.assign(toks_.size(), -1);
    for (size_t e = 0; e < out_->entities.size(); ++e)
      for (const Span& m : out_->entities[e].mentions) {
        auto [b, en] = Tokens(m);
        for (uint32_t k = b; k < en; ++k) owner_[k] = static_cast<int32_t>(e);
      }
    for (size_t p = 0; p < out_->entities.size(); ++p) {
      if (out_->entities[p].type != EntityType::kPerson) continue;
      std::vector<Span> mentions = out_->entities[p].mentions;      // entities may grow below
      const RoleWords role_words = RoleWordsOf(out_->entities[p]);  // (once for all its mentions)
      for (const Span& m : mentions) {
        auto [b, e] = Tokens(m);
        if (b >= e) continue;
        Before(p, role_words, b, e);
        After(p, b, e);
      }
      Country(p);
    }
    OwnSide();
  }

  // "David Davis said the Tories would fund the cuts by ...", "May said the country would
  // formally declare ...": what the speaker's own party, organization or country will do, in
  // the speaker's claim, is the speaker's proposal.
  void OwnSide() {
    size_t n = out_->claims.size();
    // what each person is tied to, read once: the ids, and whether they lead a country (the
    // loop below adds only "proposed" relations, so this stays true while it runs)
    struct Ties {
      std::set<std::string, std::less<>> own;
      bool leads_country = false;
    };
    std::map<std::string, Ties, std::less<>> ties;
    for (const Relation& r : out_->relations)
      if ((r.type == "member_of" || r.type == "leads") && !r.target.empty()) {
        Ties& t = ties[r.source];
        t.own.insert(r.target);
        const Entity* te = out_->FindEntity(r.target);
        t.leads_country |= r.type == "leads" && te && te->type == EntityType::kCountry;
      }
    std::string last_own;  // the speaker of the claim before, when it was such a proposal
    for (size_t ci = 0; ci < n; ++ci) {
      const Claim& c = out_->claims[ci];
      std::string prev = std::move(last_own);
      last_own.clear();
      if (c.speaker.empty() || c.polarity == ClaimPolarity::kDenied) continue;
      auto tie = ties.find(c.speaker);
      if (tie == ties.end()) continue;
      const auto& own = tie->second.own;  // ids the speaker is tied to
      bool leads_country = tie->second.leads_country;
      auto [b, e] = Tokens(c.span);
      uint32_t k = b;
      if (k < e && (Lo(k) == "that" || Lo(k) == "the")) ++k;
      if (k < e && Lo(k) == "the") ++k;
      if (k >= e) continue;
      if (Lo(k) == "it" && (k == b || Lo(b) == "that") && prev == c.speaker) {
        ++k;  // "... and suggested that it would withdraw": the side named in the claim before
      } else if (owner_[k] >= 0 && own.count(out_->entities[static_cast<size_t>(owner_[k])].id)) {
        int32_t o = owner_[k];
        while (k < e && owner_[k] == o) ++k;
      } else if (leads_country && k > b && Lo(k - 1) == "the" &&
                 (Lo(k) == "country" || Lo(k) == "government")) {
        ++k;
      } else {
        continue;
      }
      // the modal of a plan, past an adverb: "would then", "will formally"
      if (k >= e || (Lo(k) != "would" && Lo(k) != "will" && Lo(k) != "shall")) continue;
      ++k;
      while (k < e && IsWord(k) && (Lo(k) == "then" || Lo(k) == "also" || Lo(k) == "now" || EndsLy(Lo(k))))
        ++k;
      // a verb of the speaker's side, not a judgement ("would be", "will have")
      if (k >= e || !IsWord(k) || toks_[k].capitalized || Lo(k) == "be" || Lo(k) == "have" || Lo(k) == "not")
        continue;
      uint32_t z = k, words = 0;
      while (z < e && toks_[z].kind != text::kSentenceEnd && toks_[z].Text(text_) != ";" && words < 14) {
        words += IsWord(z);
        ++z;
      }
      std::string target =
          claims::TrimTarget(text_.substr(toks_[k].start, toks_[z - 1].end - toks_[k].start));
      if (target.empty() || !seen_.insert({c.speaker, "proposed", target}).second) continue;
      last_own = c.speaker;
      Relation r;
      r.id = "r" + std::to_string(out_->relations.size() + 1);
      r.source = c.speaker;
      r.type = "proposed";
      r.target_text = target;
      r.claim = c.id;
      r.evidence_span = c.span;
      r.evidence = c.text;
      out_->relations.push_back(std::move(r));
    }
  }

  static bool EndsLy(std::string_view w) { return w.size() > 4 && w.ends_with("ly"); }

 private:
  // Tokens [b, e) that lie inside the byte span.
  std::pair<uint32_t, uint32_t> Tokens(const Span& s) const {
    auto before = [](const Token& t, uint32_t v) { return t.start < v; };
    auto lo = std::lower_bound(toks_.begin(), toks_.end(), s.start, before);
    // the end of a name (a few tokens) by steps, of a longer span (a claim) by halves
    auto hi = lo;
    for (int k = 0; k < 6 && hi != toks_.end() && hi->start < s.end; ++k) ++hi;
    if (hi != toks_.end() && hi->start < s.end) hi = std::lower_bound(hi, toks_.end(), s.end, before);
    return {static_cast<uint32_t>(lo - toks_.begin()), static_cast<uint32_t>(hi - toks_.begin())};
  }

  bool IsWord(uint32_t k) const { return toks_[k].kind == text::kWord; }

  bool Tie(int32_t ent) const {
    if (ent < 0) return false;
    EntityType t = out_->entities[static_cast<size_t>(ent)].type;
    return t == EntityType::kOrganization || t == EntityType::kCountry;
  }

  // Does the title [b, e) head the entity `ent` when it is a country ("US President", not "UK
  // Chancellor", "UK director")? Anything else a title may lead.
  bool HeadsCountry(int32_t ent, uint32_t b, uint32_t e) const {
    const Entity& c = out_->entities[static_cast<size_t>(ent)];
    if (c.type != EntityType::kCountry) return true;
    for (uint32_t k = b; k < e; ++k)
      if (lex_.HeadsState(Lo(k), c.name)) return true;
    return false;
  }

  // The relation type a title makes: the rank of its last title word, lowered by
  // "vice" / "deputy"; 0 when no word of it is a title or it is a past one.
  uint8_t Rank(uint32_t b, uint32_t e) const {
    uint8_t rank = 0;
    bool lower = false;
    for (uint32_t k = b; k < e; ++k) {
      uint16_t kind = lex_.Kind(Lo(k));
      if (kind & kPast) return 0;
      if (Lo(k).rfind("ex-", 0) == 0) return 0;
      if (kind & kLower) lower = true;
      if (kind & (kLeads | kMember)) rank = kind & kLeads ? kLeads : kMember;
    }
    if (rank == kLeads && lower) rank = kMember;
    // the title's head is its last word: "chief security architect at Cisco" is no chief (but
    // the chairman of a board governs what the board governs: "chairman of the board of
    // governors", not "chief of staff to the board")
    if (rank == kLeads && e > b && !toks_[e - 1].capitalized &&
        !(lex_.Kind(Lo(e - 1)) & (kLeads | kMember | kSuffix)) && !ChairsBoard(b, e))
      rank = kMember;
    return rank;
  }

  // The words of a person's roles, lower-cased.
  using RoleWords = std::set<std::string, std::less<>>;
  static RoleWords RoleWordsOf(const Entity& person) {
    RoleWords role_words;
    for (const auto& r : person.roles) {
      std::string low = Lower(r);
      size_t i = 0;
      while (i < low.size()) {
        size_t j = low.find(' ', i);
        if (j == std::string::npos) j = low.size();
        role_words.insert(low.substr(i, j - i));
        i = j + 1;
      }
    }
    return role_words;
  }

  // "White House press secretary Josh Earnest", "Republican presidential nominee Donald Trump":
  // the title before the mention [b, e) of person p (role_words: RoleWordsOf(p)).
  void Before(size_t p, const RoleWords& role_words, uint32_t b, uint32_t e) {
    uint32_t k = b;
    uint32_t skipped = 0, modifiers = 0;
    while (k > 0 && skipped < 5) {
      uint32_t j = k - 1;
      if (!IsWord(j) || owner_[j] >= 0) break;
      uint16_t kind = lex_.Kind(Lo(j));
      if (kind & kPartyWord) break;
      if (!role_words.count(Lo(j)) && !(kind & (kLeads | kMember | kLower))) {
        // "Tory shadow home secretary David Davis": up to two lower-case words that qualify
        // the title, once the title itself was read
        if (skipped == 0 || modifiers >= 2 || !Modifier(j)) break;
        ++modifiers;
      }
      k = j;
      ++skipped;
    }
    // the title's qualifiers, with nothing named before them, tie to nothing
    bool named = k > 0 && (Tie(owner_[k - 1]) || (IsWord(k - 1) && (lex_.Kind(Lo(k - 1)) & kPartyWord)));
    while (!named && modifiers > 0 && k < b && !(lex_.Kind(Lo(k)) & (kLeads | kMember | kLower)) &&
           !role_words.count(Lo(k))) {
      ++k;
      --skipped;
      --modifiers;
    }
    if (skipped == 0) return;
    uint8_t rank = Rank(k, b);
    if (rank == 0) rank = kMember;  // a role word the recognizer took as a title ("press secretary")
    if (k > 0 && k - 1 < toks_.size()) {
      uint32_t j = k - 1;
      if (Tie(owner_[j])) {
        uint32_t s = j;
        while (s > 0 && owner_[s - 1] == owner_[j]) --s;
        if (s > 0 && (Lo(s - 1) == "former" || Lo(s - 1).rfind("ex-", 0) == 0)) return;
        if (rank == kLeads && !HeadsCountry(owner_[j], k, b)) rank = kMember;
        // "Assembly Labour leader Rhodri Morgan": a party's leader in one chamber is its member
        if (rank == kLeads && s > 0 && Chamber(s - 1) &&
            IsParty(out_->entities[static_cast<size_t>(owner_[j])]))
          rank = kMember;
        Add(p, rank, owner_[j], "", toks_[s].start, toks_[e - 1].end);
      } else if (PartyWord(j)) {
        // "Liberal Democrat leader Charles Kennedy": the party the two words name together
        uint32_t first = j > 0 && PartyWord(j - 1) ? j - 1 : j, last = 0;
        const std::string* party = PartyAt(first, &last);
        if (!party || last != j) return;
        if (first > 0 && Lo(first - 1) == "former") return;
        // "Tory leader Michael Howard" leads the party; "Democratic President Obama", "Labour MP"
        // are its members, and so is a leader in one chamber ("Senate Republican leader")
        const bool heads = rank == kLeads && k + 1 == b && (lex_.Kind(Lo(k)) & kPartyHead) &&
                           !(first > 0 && Chamber(first - 1));
        Add(p, heads ? kLeads : kMember, -1, *party, toks_[first].start, toks_[e - 1].end);
      }
    }
  }

  bool TiePreposition(std::string_view w) const { return lex_.Kind(w) & kTie; }

  // A legislature's chamber named before a party: "Senate", "Assembly".
  bool Chamber(uint32_t k) const {
    return IsWord(k) && toks_[k].capitalized && (lex_.Kind(Lo(k)) & kChamber);
  }

  // Is the organization a party of the lexicon ("Labour Party")?
  bool IsParty(const Entity& org) const {
    for (const auto& [word, name] : lex_.party)
      if (name == org.name) return true;
    return false;
  }

  // Does the title [b, e) name a board right after its first word: "chairman of the board of
  // governors"?
  bool ChairsBoard(uint32_t b, uint32_t e) const {
    uint32_t k = b + 2;
    if (k < e && Lo(k) == "the") ++k;
    return k < e && Lo(b + 1) == "of" && (lex_.Kind(Lo(k)) & kBoard) && (lex_.Kind(Lo(e - 1)) & kBoard);
  }

  bool PartyWord(uint32_t k) const {
    return IsWord(k) && toks_[k].capitalized && (lex_.Kind(Lo(k)) & kPartyWord);
  }

  // The party a phrase of party words from `k` names, its last word in *last: "Labour", "Liberal
  // Democrat" (the Liberal Democrats, not the Liberal Party); none when two words name no party
  // together ("Democratic Republican").
  const std::string* PartyAt(uint32_t k, uint32_t* last) const {
    *last = k;
    if (k + 1 < toks_.size() && PartyWord(k + 1)) {
      *last = k + 1;
      auto it = lex_.party.find(std::string(Lo(k)) + " " + std::string(Lo(k + 1)));
      return it == lex_.party.end() ? nullptr : &it->second;
    }
    return &lex_.party.at(std::string(Lo(k)));
  }

  // A lower-case word that may qualify a title ("shadow", "home", "foreign"): not a verb form
  // ("said", "blamed", "leading") nor a short function word.
  bool Modifier(uint32_t j) const {
    std::string_view w = Lo(j);
    if (toks_[j].capitalized || w.size() < 4) return false;
    for (std::string_view end : {"ed", "ing", "ly"})
      if (w.size() > end.size() && w.compare(w.size() - end.size(), end.size(), end) == 0) return false;
    return w != "said" && w != "says" && w != "told" && w != "with" && w != "from" && w != "that" &&
           w != "this" && w != "when" && w != "while" && w != "than" && w != "into";
  }

  // "Adam Schiff (D-Calif.), the top Democrat on the House Intelligence Committee,",
  // "Michael Oppenheimer, a professor of geosciences at Princeton University".
  void After(size_t p, uint32_t b, uint32_t e) {
    uint32_t k = e;
    if (k < toks_.size() && toks_[k].Text(text_) == "(") {
      while (k < toks_.size() && k < e + 12 && toks_[k].Text(text_) != ")") ++k;
      ++k;
    }
    if (k >= toks_.size() || toks_[k].Text(text_) != ",") return;
    ++k;
    uint32_t a = k;  // the description
    // "a director at the Institute": one of several, so no head of it
    const bool one_of_several = a < toks_.size() && (lex_.Kind(Lo(a)) & kSeveral);
    if (a < toks_.size() && (Lo(a) == "the" || one_of_several)) ++a;
    // up to the end of the appositive, or a relative clause ("an economist who served as ...")
    uint32_t z = a;
    while (z < toks_.size() && z < a + 14 && toks_[z].kind != text::kSentenceEnd &&
           toks_[z].Text(text_) != "," && toks_[z].kind != text::kOpenQuote &&
           toks_[z].kind != text::kCloseQuote && toks_[z].Text(text_) != ";" && Lo(z) != "who" &&
           Lo(z) != "whose" && Lo(z) != "which" && Lo(z) != "that")
      ++z;
    if (z == a || a >= toks_.size()) return;
    // it must open with a title or a word of description, not a verb or a clause
    uint16_t first = lex_.Kind(Lo(a));
    bool opens = (first & (kLeads | kMember | kLower | kPartyWord | kOpener)) != 0;
    if (!opens) return;
    for (uint32_t x = a; x < z; ++x)
      if (lex_.Kind(Lo(x)) & kPast) return;
    // the title words before "of" / "on" / "at" / "for" name the tie with what follows;
    // "director of X and a professor at Y" makes two
    uint32_t part = a;
    bool tied = false;  // the title of this part has its tie already: "director of X at Y" -> member_of Y
    for (uint32_t x = a + 1; x + 1 < z; ++x) {
      std::string_view w = Lo(x);
      if (w == "and") {
        part = x + 1;
        tied = false;
      }
      if (!TiePreposition(w)) continue;
      if (owner_[x] >= 0) continue;  // inside a name: "Confederation of British Industry"
      uint32_t o = x + 1;
      if (o < z && Lo(o) == "the") ++o;
      // "the centrist Urban-Brookings Tax Policy Center"
      // ("the British Chambers of Commerce", the name without "British")
      for (int adj = 0; adj < 2 && o < z && owner_[o] < 0 && IsWord(o) && !TiePreposition(Lo(o)); ++adj) ++o;
      if (o >= z || !Tie(owner_[o])) continue;
      // "director general of the UK's Confederation of British Industry": a country's
      // possessive names where the organization is, the title is the organization's (a unit of
      // an organization, "the IMF's European Department", stays a part of the organization)
      const bool country = out_->entities[static_cast<size_t>(owner_[o])].type == EntityType::kCountry;
      for (uint32_t s = o; country && s < z; ++s) {
        if (owner_[s] == owner_[o]) continue;
        if (s + 1 < z && (Lo(s) == "'s" || Lo(s) == "\u2019s") && Tie(owner_[s + 1])) o = s + 1;
        break;
      }
      uint8_t rank = Rank(part, x);
      if (rank == 0) continue;
      // heading a part of it is not heading it: "the director of the VOA Eurasian division"
      uint32_t after = o;
      while (after < z && owner_[after] == owner_[o]) ++after;
      if (rank == kLeads && after < z && IsWord(after) && Lo(after) != "and" && Lo(after) != "at")
        rank = kMember;
      if (tied || one_of_several) rank = kMember;
      tied = true;
      Add(p, rank, owner_[o], "", toks_[b].start, toks_[z - 1].end);
    }
    for (uint32_t x = a, last = 0; x < z; ++x) {
      if (!PartyWord(x)) continue;
      if (const std::string* party = PartyAt(x, &last))
        Add(p, kMember, -1, *party, toks_[b].start, toks_[z - 1].end);
      break;
    }
  }

  // "British Prime Minister Theresa May": the country the recognizer linked to the title.
  void Country(size_t p) {
    const Entity& person = out_->entities[p];
    if (person.country.empty()) return;
    const Entity* c = out_->FindEntity(person.country);
    if (!c) return;
    int32_t ci = static_cast<int32_t>(c - out_->entities.data());
    // "former U.S. President Jimmy Carter": the title before any mention is a past one
    for (const Span& m : person.mentions) {
      auto [b, e] = Tokens(m);
      for (uint32_t k = b, n = 0; k > 0 && n < 6; --k, ++n) {
        std::string_view w = Lo(k - 1);
        if (w == "former" || w.rfind("ex-", 0) == 0) return;
        if (!IsWord(k - 1) || (!toks_[k - 1].capitalized && !(lex_.Kind(w) & (kLeads | kMember | kLower))))
          break;
      }
    }
    uint8_t rank = 0;
    for (const auto& r : person.roles) {
      std::string low = Lower(r);
      if (low.find("former") != std::string::npos) return;
      size_t sp = low.rfind(' ');
      std::string last = sp == std::string::npos ? low : low.substr(sp + 1);
      std::string first = low.substr(0, low.find(' '));
      // (a country is led only by a head of state or government: "British director Mike Leigh"
      // is a citizen)
      uint16_t k = lex_.Kind(last) | (lex_.Kind(first) & (kLeads | kHeadOfState));
      if (lex_.Kind(first) & kLower) k = kMember;
      // ("UK Chancellor Gordon Brown" is a minister: a chancellor heads Germany and Austria)
      if (!lex_.HeadsState(last, c->name) && !lex_.HeadsState(first, c->name)) k &= ~kHeadOfState;
      if ((k & kLeads) && (k & kHeadOfState))
        rank = kLeads;
      else if (rank == 0)
        rank = kMember;
    }
    if (rank == 0) rank = kMember;
    Add(p, rank, ci, "", 0, 0);
  }

  void Add(size_t person, uint8_t rank, int32_t target, const std::string& target_text, uint32_t ev_start,
           uint32_t ev_end) {
    const Entity& src = out_->entities[person];
    std::string type = rank == kLeads ? "leads" : "member_of";
    std::string tid, ttext = target_text;
    if (target >= 0) {
      tid = out_->entities[static_cast<size_t>(target)].id;
      ttext = out_->entities[static_cast<size_t>(target)].name;
    } else {
      // a party the article names as an organization
      for (const Entity& e : out_->entities) {
        if (e.type != EntityType::kOrganization) continue;
        bool same = Lower(e.name) == Lower(ttext);
        for (const auto& al : e.aliases) same |= Lower(al) == Lower(ttext);
        if (same) {
          tid = e.id;
          ttext = e.name;
          break;
        }
      }
    }
    if (!seen_.insert({src.id, type, tid.empty() ? ttext : tid}).second) return;
    // "leads" and "member_of" the same thing: the stronger one is kept
    Relation r;
    r.id = "r" + std::to_string(out_->relations.size() + 1);
    r.source = src.id;
    r.type = type;
    r.target = tid;
    r.target_text = ttext;
    if (ev_end > ev_start) {
      r.evidence_span = {ev_start, ev_end};
      r.evidence = std::string(text_.substr(ev_start, ev_end - ev_start));
    } else if (!src.mentions.empty()) {
      // the country link: the first mention with the title before it
      r.evidence_span = src.mentions.front();
      r.evidence =
          std::string(text_.substr(r.evidence_span.start, r.evidence_span.end - r.evidence_span.start));
    }
    out_->relations.push_back(std::move(r));
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  const std::string_view* folded_;  // Segmented::folded, or nullptr
  Extraction* out_;
  const AffiliationLexicon& lex_;
  // Token k case-folded: the segmentation's (Segmented::folded), else computed on first use (a
  // view of the text, or of arena_).
  std::string_view Lo(size_t k) const {
    if (folded_ != nullptr) return folded_[k];
    if (!lowered_[k]) {
      lower_[k] = text::FoldedView(toks_[k].Text(text_), &arena_, &scratch_);
      lowered_[k] = 1;
    }
    return lower_[k];
  }
  mutable std::vector<std::string_view> lower_;
  mutable std::vector<uint8_t> lowered_;
  mutable text::TextArena arena_;
  mutable std::string scratch_;
  std::vector<int32_t> owner_;  // token -> entity whose mention covers it, or -1
  std::set<std::tuple<std::string, std::string, std::string>> seen_;
};

}  // namespace

void FindAffiliations(const Article& article, const text::Segmented& seg, Extraction* out) {
  Affiliations(article, seg, out).Run();
}

}  // namespace claimgraph::extract
