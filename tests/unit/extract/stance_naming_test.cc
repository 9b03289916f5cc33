// What a verb of naming calls someone is the speaker's verdict on them (issue 13): "called
// Clinton a liar" opposes Clinton, "described Merkel as a trusted friend" supports Merkel.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::Stances;

TEST_CASE("calling a named one something bad opposes them, something good supports them",
          "[claims][stance]") {
  auto x = ExtractText("Donald Trump called Hillary Clinton a liar.\n");
  CHECK(Stances(x, "Donald Trump") == "opposes:Hillary Clinton\n");
  auto y = ExtractText("Barack Obama described Angela Merkel as a trusted friend.\n");
  CHECK(Stances(y, "Barack Obama") == "supports:Angela Merkel\n");
  auto z = ExtractText("Tony Blair branded Michael Howard as \"arrogant and out of touch\".\n");
  CHECK(Stances(z, "Tony Blair") == "opposes:Michael Howard\n");
}

TEST_CASE("what a naming verb calls someone's act judges them, not a result of theirs", "[claims][stance]") {
  auto x = ExtractText("Sam Allardyce described Craig Bellamy's behaviour as unacceptable.\n");
  CHECK(Stances(x, "Sam Allardyce") == "opposes:Craig Bellamy\n");
  auto y = ExtractText("Carlos Moya described Spain's Davis Cup victory as the highlight of his career.\n");
  CHECK(Stances(y, "Carlos Moya").empty());
}

TEST_CASE("a naming verb takes no side when what it calls someone judges nothing", "[claims][stance]") {
  // a name, a time or a plain description is no verdict
  auto x = ExtractText("Gordon Brown called Tony Blair a week later.\n");
  CHECK(Stances(x, "Gordon Brown").empty());
  auto y = ExtractText("Michael Howard described Charles Kennedy as a man who knows the country.\n");
  CHECK(Stances(y, "Michael Howard").empty());
  // a verdict it denies turns: "not a liar" is no attack
  auto z = ExtractText("Donald Trump called Mike Pence not a liar but a good man.\n");
  CHECK(Stances(z, "Donald Trump") == "supports:Mike Pence\n");
}

TEST_CASE("a judging adjective after the thing of a possessive is what it is called", "[claims][stance]") {
  auto x = ExtractText("Andrew Miltenberg called Jackie Speier's bill offensive.\n");
  CHECK(Stances(x, "Andrew Miltenberg").find("opposes") != std::string::npos);
  auto y = ExtractText("Andrew Miltenberg called Jackie Speier's office yesterday.\n");
  CHECK(Stances(y, "Andrew Miltenberg").empty());
}
