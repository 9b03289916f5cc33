// Mention finding inside a chunk (a maximal run of capitalized words with the
// connectors and particles between them): titles, head words, demonyms, gazetteer
// names, then unknown words classified by shape. Part of MentionFinder (entities_finder.h).
#include <string>

#include "extract/entities_finder.h"
#include "text/chars.h"

namespace claimgraph::extract {

bool MentionFinder::ParticleBeforeName(uint32_t k, uint32_t j) const {
  const Token& t = tv_.tok(k);
  return (tv_.info[k].classes & kParticle) && t.kind == text::kWord && !t.capitalized && !t.all_caps &&
         k + 1 < j && IsCapWord(tv_, tv_.tok(k + 1));
}

bool MentionFinder::CountryOpens(uint32_t k, const GazEntry& entry) const {
  if (entry.type != EntityType::kCountry || caps_sentence_) return false;
  if (k + 1 >= se_) return true;
  const Token& next = tv_.tok(k + 1);
  if (next.kind == text::kNumber) return false;  // "US 400m and 200m legend": a team's results line
  // "US Attorney David Kelley", but not "US Customs": another name goes on
  uint32_t rb;
  bool courtesy;
  if (next.capitalized || next.all_caps) return TitleRun(k + 1, se_, &rb, &courtesy) > k + 1;
  if (tv_.tok(k).all_caps) return true;       // "US officials"
  if (tv_.Text(k).size() <= 3) return false;  // a short word in mixed case names no acronym
  return next.kind != text::kWord || tv_.folded[k + 1] == "'s" || (tv_.info[k + 1].classes & kFunction);
}

bool MentionFinder::Ampersand(uint32_t k) const {
  return tv_.Text(k) == "&" && k > sb_ && IsCapWord(tv_, tv_.tok(k - 1)) && k + 1 < se_ &&
         IsCapWord(tv_, tv_.tok(k + 1));
}

bool MentionFinder::FirmAmpersand(uint32_t b, uint32_t k, uint32_t j) const {
  if (!Ampersand(k) || title_case_ || k + 1 >= j) return false;
  // two people ("Matt Lucas & David Walliams"): a given name and another word on either side
  auto person = [&](uint32_t x, uint32_t end) {
    return tv_.info[x].first_name && x + 1 < end && IsCapWord(tv_, tv_.tok(x + 1));
  };
  // letters ("R & B") name no firm
  return !person(b, k) && !person(k + 1, j) && tv_.Text(k - 1).size() >= 2 && tv_.Text(k + 1).size() >= 2;
}

bool MentionFinder::PlaceInFirm(uint32_t b, uint32_t e) const {
  auto other = [&](uint32_t x) { return lex_.names().LongestAt(tv_, x, se_).len == 0; };
  if (e < se_ && Ampersand(e) && FirmAmpersand(b, e, se_) && other(e + 1)) return true;
  if (b > sb_ + 1 && Ampersand(b - 1) && FirmAmpersand(b - 2, b - 1, e) && other(b - 2)) {
    auto g = lex_.names().LongestAt(tv_, b, se_);
    return g.len > 0 && lex_.entries()[g.payload].type == EntityType::kPlace;
  }
  return false;
}

bool MentionFinder::DatelineWord(uint32_t k) const {
  if (!lede_paragraph_ || !paragraph_start_ || k != sb_) return false;
  size_t at = tv_.tok(k).start;
  while (at > 0 && (tv_.text[at - 1] == ' ' || tv_.text[at - 1] == '\t')) --at;
  if (at > 0 && tv_.text[at - 1] != '\n') return false;
  if (k + 2 >= se_) return false;
  std::string_view dash = tv_.Text(k + 1);
  if (dash != "-" && dash != "--" && dash != "\xE2\x80\x94" && dash != "\xE2\x80\x93") return false;
  const Token& next = tv_.tok(k + 2);
  return next.kind == text::kWord && next.capitalized && !next.all_caps;
}

bool MentionFinder::LooksPlural(uint32_t k) const {
  std::string_view f = tv_.folded[k];
  if (f.size() < 4 || f.back() != 's') return false;
  char c = f[f.size() - 2];
  return c != 's' && c != 'u' && c != 'i' && c != '\'';
}

// A chunk ending in a head word is one organization or place name (or two, split at "and"
// or "of"), unless it is a given name and a surname that happens to be a head word
// ("Vincent Cable", "Tony Banks"); true when it was read so, with k past what was read.
bool MentionFinder::HeadWordName(uint32_t& k, uint32_t j, bool person_next) {
  bool given_and_surname = j - k == 2 && tv_.info[k].first_name && !tv_.info[k].common &&
                           tv_.info[k].bucket[0] < 0 && !(tv_.info[k].classes & (kOrgHead | kPlaceHead));
  if (!person_next && j - k >= 2 && !given_and_surname) {
    uint16_t last = tv_.info[j - 1].classes;
    if (last & (kOrgHead | kPlaceHead | kThingHead)) {
      uint32_t start = k;
      // Two names in one chunk: "Warner Bros. Theater Ventures and Langley Park
      // Productions", "Albany and New York City" (a head word or a whole
      // gazetteer name before "and"); "Henry Siegel of New York City" (a
      // place after "of" a name that is no head). The left part is read as a
      // chunk of its own.
      uint32_t split = SplitAt(k, j);
      if (split > k && !title_case_) {
        uint32_t left_end = split;
        Chunk(k, left_end);
        k = split + 1;
        return true;
      }
      if (title_case_) {
        start = j >= k + 3 ? j - 3 : k;  // j - 3 would wrap below zero for a short chunk
        while (start + 1 < j && tv_.info[start].common && !(tv_.info[start].classes & kOrgHead) &&
               tv_.info[start].bucket[0] < 0) {
          ++start;
        }
      }
      // "Despite ..." at the sentence start is not part of the name.
      if (AtSentenceStart(start) && j - start > 2 && text::IsSentenceStarter(tv_.Text(start))) {
        ++start;
        while (start + 1 < j && !IsCapWord(tv_, tv_.tok(start))) ++start;  // "But the ..."
      }
      start = GazetteerTail(start, j);
      Mention m;
      m.b = start;
      m.e = j;
      auto g = lex_.names().LongestAt(tv_, start, j);
      if (g.len == j - start) {
        m.gaz = static_cast<int32_t>(g.payload);
        m.type = lex_.entries()[g.payload].type;
        Emit(m);
      } else if (!(last & kThingHead)) {
        m.type = (last & kOrgHead) ? EntityType::kOrganization : EntityType::kPlace;
        Emit(m);
      }
      k = j;
      return true;
    }
  }
  return false;
}

// The person name a title run announced, starting at k; k moves past it and person_next
// goes false (a place between two titles or a title before a thing is no name).
void MentionFinder::PersonAfterTitle(uint32_t& k, uint32_t j, const Mention& pending, bool& person_next) {
  uint32_t m_end = PersonNameEnd(k, j);
  // "Republican Indiana Gov. Mike Pence": a place between two titles is no name.
  if (m_end < j) {
    auto g = lex_.names().LongestAt(tv_, k, j);
    uint32_t rb3;
    bool c3;
    if (g.len == m_end - k && lex_.entries()[g.payload].type != EntityType::kPerson &&
        TitleRun(m_end, j, &rb3, &c3) > m_end) {
      person_next = false;
      return;
    }
  }
  uint32_t rb2;
  bool c2;
  // "Mr. President"; "General Election": a title before a word that names an event or a thing.
  bool thing =
      m_end == k + 1 && ((tv_.info[k].event_classes & kEventHead) || (tv_.info[k].classes & kThingHead));
  // "Republican Presidential candidate": a lone title modifier is no name.
  if (m_end == k + 1 && IsTitleModifier(k)) thing = true;
  if (thing || TitleRun(k, m_end, &rb2, &c2) >= m_end) {
    person_next = false;
    k = m_end;
    return;
  }
  Mention m = pending;
  m.b = k;
  m.e = m_end;
  m.type = EntityType::kPerson;
  Emit(m);
  person_next = false;
  k = m_end;
  return;
}

// A gazetteer name at k (which may run past the chunk: "Washington, D.C."); true when one
// was read, with k past it.
bool MentionFinder::GazetteerName(uint32_t& k, uint32_t& j) {
  auto g = lex_.names().LongestAt(tv_, k, se_);
  if (k + g.len > j) j = k + g.len;
  if (g.len > 0) {
    const GazEntry& entry = lex_.entries()[g.payload];
    // "Bradford & Bingley", "Alliance & Leicester": a place joined by an ampersand to a name that
    // is none is a firm's name, read with the unknown words
    if (entry.type == EntityType::kPlace && PlaceInFirm(k, k + g.len)) return false;
    bool skip = false;
    if (g.len == 1 && IsCommonAt(k) && (AtSentenceStart(k) || caps_sentence_)) skip = !CountryOpens(k, entry);
    // "(R., N.Y.)": the state in a party label is the member's seat, not a place the text is about.
    if (k >= sb_ + 3 && tv_.Text(k - 1) == "," && tv_.Text(k - 3) == "(" &&
        IsPartyLetter(tv_.folded[k - 2])) {
      Block(k, k + g.len);
      k += g.len;
      return true;
    }
    // "Chelsea Clinton", "Chad Bown": a place that is also a given name, before a
    // surname-like word (capitalized, no common word, no head, title or demonym,
    // no plural: "Dallas Cowboys" is a team; a surname in -s is lost).
    if (g.len == 1 && entry.type != EntityType::kPerson && tv_.info[k].first_name && k + 1 < j &&
        IsCapWord(tv_, tv_.tok(k + 1)) && !tv_.tok(k + 1).all_caps &&
        lex_.names().LongestAt(tv_, k + 1, j).len == 0 && !IsCommonAt(k + 1) &&
        !(tv_.info[k + 1].classes & (kOrgHead | kPlaceHead | kThingHead | kNotName)) &&
        tv_.info[k + 1].bucket[1] < 0 && tv_.info[k + 1].bucket[2] < 0 && !LooksPlural(k + 1)) {
      uint32_t m_end = PersonNameEnd(k, j);
      Mention m;
      m.b = k;
      m.e = m_end;
      m.type = EntityType::kPerson;
      Emit(m);
      k = m_end;
      return true;
    }
    if (!skip) {
      Mention m;
      m.b = k;
      m.e = k + g.len;
      m.gaz = static_cast<int32_t>(g.payload);
      m.type = entry.type;
      // "Obama administration"
      Emit(m);
      k += g.len;
      return true;
    }
    ++k;
    return true;
  }
  return false;
}
void MentionFinder::Chunk(uint32_t i, uint32_t& j) {
  uint32_t k = i;
  bool person_next = false;
  Mention pending;  // role and country for the next person name
  while (k < j) {
    const Token& t = tv_.tok(k);
    std::string_view w = t.Text(tv_.text);
    uint16_t cls = tv_.info[k].classes;
    // "Ms. de Lima": a title before a name that opens with a particle
    if (person_next && ParticleBeforeName(k, j)) {
      PersonAfterTitle(k, j, pending, person_next);
      continue;
    }
    if (!IsCapWord(tv_, t)) {  // a connector or particle that no name claimed
      ++k;
      continue;
    }
    // (an article that opens the chunk, "The" or a sentence's "A": "A University of New Hampshire
    // poll" names the university)
    if (w == "The" || w == "THE" || (k == i && (cls & kFunction) && k + 1 < j)) {
      ++k;
      continue;
    }
    // "Department of Justice", "Roper Center for Public Opinion Research": an
    // organization head before "of"/"for" makes the whole chunk one name.
    if (!person_next && !title_case_ && j - k >= 3) {
      uint32_t h = k;
      // Not "and": "Fox News and MSNBC" are two names ("News & World Report" is one).
      while (h + 2 < j && !((tv_.info[h].classes & kOrgHead) && (tv_.info[h + 1].classes & kConnector) &&
                            !IsCapWord(tv_, tv_.tok(h + 1)) && tv_.folded[h + 1] != "and")) {
        ++h;
      }
      if (h + 2 < j && lex_.titles().LongestAt(tv_, k, j).len == 0) {
        Mention m;
        m.b = GazetteerTail(k, j);
        m.e = j;
        m.type = EntityType::kOrganization;
        auto g = lex_.names().LongestAt(tv_, m.b, j);
        if (g.len == j - m.b) {
          m.gaz = static_cast<int32_t>(g.payload);
          m.type = lex_.entries()[g.payload].type;
        }
        Emit(m);
        k = j;
        continue;
      }
    }
    if (HeadWordName(k, j, person_next)) continue;
    // Title run.
    uint32_t role_b = k;
    bool courtesy = false;
    uint32_t te = TitleRun(k, j, &role_b, &courtesy);
    // "Republican National Committee Chairman X": a longer gazetteer name ending in a
    // head word wins over the title.
    if (te > k) {
      auto g = lex_.names().LongestAt(tv_, k, j);
      if (g.len > te - k && (tv_.info[k + g.len - 1].classes & (kOrgHead | kPlaceHead))) te = k;
    }
    if (te > k && te < j && (IsCapWord(tv_, tv_.tok(te)) || ParticleBeforeName(te, j))) {
      pending = Mention();
      pending.titled = true;
      pending.courtesy = courtesy;
      if (!courtesy) {
        pending.role_b = role_b;
        pending.role_e = te;
      }
      if (k > i) {  // a demonym right before the title
        uint32_t d = 0;
        if (lex_.demonyms().MatchesExactly(tv_, k - 1, k, &d)) pending.country_gaz = static_cast<int32_t>(d);
      }
      person_next = true;
      k = te;
      continue;
    }
    // Demonym before a title: not an entity.
    auto dm = lex_.demonyms().LongestAt(tv_, k, j);
    if (dm.len > 0) {
      uint32_t rb;
      bool c;
      uint32_t after = k + dm.len;
      if (after < j && TitleRun(after, j, &rb, &c) > after) {
        k = after;
        continue;
      }
      // A region's demonym names the region ("European troops" -> Europe); a
      // country's demonym names no entity.
      if (lex_.entries()[dm.payload].type == EntityType::kPlace && !person_next && !caps_sentence_) {
        Mention m;
        m.b = k;
        m.e = after;
        m.gaz = static_cast<int32_t>(dm.payload);
        m.type = EntityType::kPlace;
        Emit(m);
        k = after;
        continue;
      }
    }
    if (person_next) {
      PersonAfterTitle(k, j, pending, person_next);
      continue;
    }
    if (GazetteerName(k, j)) continue;
    if ((cls & kNotName) || (title_case_ && tv_.info[k].common && !tv_.info[k].first_name)) {
      ++k;
      continue;
    }
    // Unknown words: up to the next gazetteer name, title or not-name word.
    uint32_t m_end = k + 1;
    while (m_end < j) {
      const Token& u = tv_.tok(m_end);
      if (!IsCapWord(tv_, u)) {
        // (or an ampersand between two capitalized words: "Ernst & Young", "Procter & Gamble")
        if (((tv_.info[m_end].classes & kParticle) || FirmAmpersand(k, m_end, j)) && m_end + 1 < j) {
          ++m_end;
          continue;
        }
        break;
      }
      if ((tv_.info[m_end].classes & kNotName) && !(m_end == k + 1 && tv_.info[k].first_name)) break;
      if (title_case_ && tv_.info[m_end].common && !tv_.info[m_end].first_name) break;
      if (lex_.names().LongestAt(tv_, m_end, j).len > 0 && !tv_.info[k].first_name &&
          !(tv_.Text(m_end - 1) == "&" && PlaceInFirm(m_end, m_end + 1)))
        break;
      uint32_t rb;
      bool c;
      if (TitleRun(m_end, j, &rb, &c) > m_end) break;
      ++m_end;
    }
    Unknown(k, m_end);
    k = m_end;
  }
}

uint32_t MentionFinder::PersonNameEnd(uint32_t k, uint32_t j) const {
  uint32_t e = k + 1;
  uint32_t particles = 0;  // "Luiz Inacio Lula da Silva": particles do not count towards the four words
  while (e < j) {
    const Token& u = tv_.tok(e);
    uint16_t c = tv_.info[e].classes;
    if (!IsCapWord(tv_, u)) {
      if ((c & kParticle) && e + 1 < j) {
        ++e;
        ++particles;
        continue;
      }
      break;
    }
    if ((c & kOrgHead) || ((c & kNotName) && !(e == k + 1 && tv_.info[k].first_name))) break;
    if (e - k - particles >= 4) break;
    uint32_t rb;
    bool courtesy;
    uint32_t te = TitleRun(e, j, &rb, &courtesy);
    if (te > e && te < j && IsCapWord(tv_, tv_.tok(te))) break;  // "Indiana Gov. Mike Pence": a new title
    ++e;
  }
  return e;
}

bool MentionFinder::BeforeRegion(uint32_t m) const {
  if (m + 1 >= se_ || tv_.Text(m) != ",") return false;
  auto g = lex_.names().LongestAt(tv_, m + 1, se_);
  if (g.len == 0) return false;
  auto type = lex_.entries()[g.payload].type;
  // (not a person's title that opens with a country: "Ross Walker, UK economist at RBS",
  // "Palaniappan Chidambaram, India's finance minister,")
  uint32_t after = m + 1 + g.len;
  if (after < se_ && tv_.folded[after] == "'s") ++after;
  return (type == EntityType::kPlace || type == EntityType::kCountry) && LooseTitleRun(after, se_) == after;
}

void MentionFinder::Unknown(uint32_t k, uint32_t m) {
  // Sentence-initial common words are not names ("Despite", "Additionally").
  // A common word that is the surname of a person named before stays ("Pence said").
  while (k < m && AtSentenceStart(k) && IsCommonAt(k) && !tv_.info[k].first_name && !SurnameSeen(k)) ++k;
  if (k >= m) return;
  if (caps_sentence_) return;
  // "Staff Blake Wolf": common words before a given name are not part of the name.
  for (uint32_t p = k + 1; p + 1 < m; ++p) {
    if (tv_.info[p].first_name && IsCommonAt(k)) {
      bool all_common = true;
      for (uint32_t x = k; x < p; ++x) all_common = all_common && IsCommonAt(x) && !tv_.info[x].first_name;
      if (all_common) {
        k = p;
        break;
      }
    }
  }
  const Token& t = tv_.tok(k);
  uint32_t n = m - k;
  // A lone title or title modifier ("General" after "the Attorney") names nobody by
  // itself, unless it is the surname of a person named before ("Judge" after "Patty Judge").
  if (n == 1 && !SurnameSeen(k)) {
    uint32_t rb;
    bool c;
    if (TitleRun(k, m, &rb, &c) >= m || IsTitleModifier(k)) {
      // Only a surname of someone named later ("Pope" before "Amy Pope"): never
      // titled by the title before it, and the model may still read a longer name.
      Mention lone;
      lone.b = k;
      lone.e = m;
      lone.deferred = true;
      lone.headline = title_case_ || headline_paragraph_;
      mentions_.push_back(lone);
      return;
    }
  }
  // A lone initial ("D." in "(D., Va.)") or a name suffix ("Jr." after "Buckley,") names nothing alone.
  if (n == 1) {
    std::string_view f = tv_.folded[k];
    if ((f.size() == 2 && f[1] == '.') || lex_.IsNameSuffix(f)) {
      Block(k, m);
      return;
    }
  }
  Mention mm;
  mm.b = k;
  mm.e = m;
  // "NBC's Dante Chinni": a name owned by an organization just before it is a
  // person (a reporter, an official), never the organization or a place.
  bool org_owner = false;
  if (k >= sb_ + 2 && (tv_.folded[k - 1] == "'s" || tv_.folded[k - 1] == "'") &&
      !mentions_.empty()) {  // "Reuters' X"
    const Mention& owner = mentions_.back();
    org_owner = owner.e == k - 1 && owner.type == EntityType::kOrganization;
  }
  // "Obama administration"
  if (m < se_ && (tv_.info[m].classes & kOrgSuffix)) {
    Mention org;
    org.b = k;
    org.e = m + 1;
    org.type = EntityType::kOrganization;
    Emit(org);
    mm.type = EntityType::kPerson;
    mm.deferred = true;
    Emit(mm);
    return;
  }
  bool locative = k > sb_ && (tv_.info[k - 1].classes & kLocative);
  // "shares in Velmora", "a stake in Cegetel": what one holds shares in is a firm, not a town
  bool held = HeldName(tv_, sb_, k);
  // "Port St. Lucie", "Fort Wayne"
  if (n >= 2 && (tv_.info[k].classes & kPlacePrefix) && !tv_.info[k + 1].common) {
    mm.type = EntityType::kPlace;
    Emit(mm);
    return;
  }
  // "Flint, Mich." / "HEMPSTEAD, N.Y.": a name before a comma and a state or country.
  bool before_region = BeforeRegion(m);
  // Two names joined by an ampersand are a firm's ("Ernst & Young"), never one person's.
  for (uint32_t x = k + 1; x + 1 < m; ++x)
    if (tv_.Text(x) == "&") {
      mm.type = EntityType::kOrganization;
      Emit(mm);
      return;
    }
  if (n >= 2) {
    bool all_uncommon = true;
    for (uint32_t x = k; x < m; ++x) {
      if (IsCommonAt(x) || lex_.demonyms().LongestAt(tv_, x, x + 1).len) all_uncommon = false;
    }
    if (tv_.info[k].first_name || all_uncommon) {
      if (held) {
        mm.type = EntityType::kOrganization;
      } else if ((before_region || locative) && !tv_.info[k].first_name) {
        mm.type = EntityType::kPlace;
      } else {
        mm.type = EntityType::kPerson;
        mm.guessed = !tv_.info[k].first_name && !org_owner;
      }
      Emit(mm);
    }
    return;
  }
  bool common = IsCommonAt(k);
  if (before_region && !common) {
    mm.type = EntityType::kPlace;
    Emit(mm);
    return;
  }
  if (t.all_caps && !common) {
    size_t letters = 0;
    for (char c : t.Text(tv_.text)) letters += (c >= 'A' && c <= 'Z');
    bool hyphen = t.Text(tv_.text).find('-') != std::string_view::npos;  // "R-IN"
    if (letters >= 3 && letters <= 6 && !hyphen) {
      mm.type = EntityType::kOrganization;
      Emit(mm);
      return;
    }
    // "BRAINTREE - Residents of the town ...": a word in capitals too long for an acronym that
    // opens a line before a dash and a sentence in mixed case is the dateline's town
    if (letters >= 7 && !hyphen && DatelineWord(k)) {
      mm.type = EntityType::kPlace;
      Emit(mm);
      return;
    }
  }
  if (locative && !common) {  // "in Flint", unless it names a person ("in Machado's case")
    mm.type = EntityType::kPerson;
    mm.deferred = true;
    mm.has_fallback = true;
    mm.fallback = held ? EntityType::kOrganization : EntityType::kPlace;
    Emit(mm);
    return;
  }
  mm.type = EntityType::kPerson;
  // "Dole said": a lone name before a verb of saying is a person even when
  // no fuller name was seen.
  // (not after "the": "the Nationwide said" is no one person)
  mm.deferred =
      !(m < se_ && (tv_.info[m].classes & kSpeech) && !common && !(tv_.info[k].classes & kNotName) &&
        !(k > sb_ && tv_.folded[k - 1] == "the" && !lex_.demonyms().LongestAt(tv_, k, k + 1).len));
  Emit(mm);
}

}  // namespace claimgraph::extract
