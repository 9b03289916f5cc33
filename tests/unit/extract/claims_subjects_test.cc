// Whose speech it is when the subject is far from the cue (issue 13): a participle ("..., saying
// that ...") speaks for its sentence's subject also when an appositive or a relative clause
// follows the name, when the sentence opens with "And even", with a place ("in Salem, Oregon,")
// or a time phrase; a cue and its "that" around an aside ("believes, for example, that"); a
// verb that needs a clause takes one with a subject pronoun ("feel they have"); a quantifier
// is a subject before a verb that is a noun as well ("Many fear that"); a nationality word that
// is a person's surname ("Mark Cuban ... Cuban said") is the person. Short texts written for the
// test.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::testing::ExtractText;
using claimgraph::testing::SpeakerOf;

TEST_CASE("a participle speaks for a subject with an appositive or a relative clause", "[claims][subjects]") {
  auto x = ExtractText(
      "Port news\n\nMara Quist, who won the mayoral race on Tuesday, will return the favor to the "
      "council, saying its harbor plan is a waste of money. Tobias Wren, Quist's chief engineer, "
      "issued a statement Friday, saying the new crane is safe. Olga Fenn, president of the Harbor "
      "Trust, tied the figures to the strike, saying the dock lost two million dollars.\n");
  CHECK(SpeakerOf(x, "its harbor plan is a waste") == "Mara Quist");
  CHECK(SpeakerOf(x, "the new crane is safe") == "Tobias Wren");
  CHECK(SpeakerOf(x, "the dock lost two million") == "Olga Fenn");
}

TEST_CASE("a quote after a name, its appositive and a colon is the name's", "[claims][subjects]") {
  auto x = ExtractText(
      "Port news\n\nMara Quist won the race. Nina Holt, PTC president and conservative activist "
      "said: \"The count was fair.\" At a rally in Salem, Oregon Monday, the mayor's aide retorted: "
      "\"We will win the appeal.\"\n");
  CHECK(SpeakerOf(x, "The count was fair") == "Nina Holt");
  CHECK(SpeakerOf(x, "We will win the appeal") == "(unresolved)");
}

TEST_CASE("a participle speaks for the subject after 'And even', a place or a time phrase",
          "[claims][subjects]") {
  auto x = ExtractText(
      "Port news\n\nGovernor Ruth Ellery opened the dock. And even Ellery tried to calm the crowd, "
      "noting that the strike was legal. At a rally in Salem, Oregon, on Sunday, Senator Dan Moyle "
      "tried to explain his vote, saying that the port needs more money. On Monday morning Mayor "
      "Lena Ortiz made a third attempt to end the strike, writing on Twitter that the talks would "
      "resume.\n");
  CHECK(SpeakerOf(x, "the strike was legal") == "Ruth Ellery");
  CHECK(SpeakerOf(x, "the port needs more money") == "Dan Moyle");
  CHECK(SpeakerOf(x, "the talks would resume") == "Lena Ortiz");
}

TEST_CASE("an aside between a cue and its 'that'", "[claims][subjects]") {
  auto x = ExtractText(
      "Port news\n\nSenator Dan Moyle believes, for example, that the port should be sold. Mayor "
      "Lena Ortiz said, however, that the sale would cost jobs.\n");
  CHECK(SpeakerOf(x, "the port should be sold") == "Dan Moyle");
  CHECK(SpeakerOf(x, "the sale would cost jobs") == "Lena Ortiz");
}

TEST_CASE("a verb that needs a clause takes one opened by a subject pronoun", "[claims][subjects]") {
  auto x = ExtractText(
      "Port news\n\nMany of the dockers feel they have been ignored by the board. You know, I "
      "walked the docks for years. The crew keeps letting them know he believes the ship is "
      "unsafe. The sailors did not know they had been fired. His parents asked him to let them "
      "know he is safe.\n");
  CHECK(SpeakerOf(x, "they have been ignored") == "(unresolved)");
  // (after "You know," the words are no one's belief, nor after a negation or an object; a cue
  // after the pronoun speaks for itself)
  CHECK(SpeakerOf(x, "I walked the docks") == "(no claim)");
  CHECK(SpeakerOf(x, "they had been fired") == "(no claim)");
  CHECK(SpeakerOf(x, "he is safe") == "(no claim)");
  CHECK(SpeakerOf(x, "he believes the ship") == "(no claim)");
  CHECK(SpeakerOf(x, "the ship is unsafe") != "(no claim)");
}

TEST_CASE("a quantifier is a subject before a verb that is a noun as well", "[claims][subjects]") {
  auto x = ExtractText(
      "Port news\n\nMany fear that the port will close. Some claim that the crane was never tested. "
      "Mayor Lena Ortiz dismissed the many fears of the dockers. Many Republicans fear the harbor "
      "tax will rise.\n");
  CHECK(SpeakerOf(x, "the port will close") == "(unresolved)");
  CHECK(SpeakerOf(x, "the crane was never tested") == "(unresolved)");
  CHECK(SpeakerOf(x, "of the dockers") == "(no claim)");
  CHECK(SpeakerOf(x, "the harbor tax will rise") != "(no claim)");
}

TEST_CASE("a nationality word that is the surname of a person named before is that person",
          "[claims][subjects]") {
  auto x = ExtractText(
      "Book news\n\nThe writer Rick French spoke on Sunday. French said that the novel was finished. "
      "\"It took ten years,\" French said. French officials said that the prize was deserved.\n");
  CHECK(SpeakerOf(x, "the novel was finished") == "Rick French");
  CHECK(SpeakerOf(x, "It took ten years") == "Rick French");
  CHECK(SpeakerOf(x, "the prize was deserved") == "France");
}
