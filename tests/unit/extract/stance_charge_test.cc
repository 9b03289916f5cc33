// What a charge says someone did is no side the sentence's subject takes (issue 13): "a crackdown
// targeting those suspected of supporting Gulen" is no support of Gulen by Erdogan.
#include <catch2/catch.hpp>

#include <string>

#include "claimgraph/model.h"
#include "support/extract_support.h"

using claimgraph::Extraction;
using claimgraph::testing::ExtractText;
using claimgraph::testing::Stances;

TEST_CASE("a stance verb inside a charge is not the subject's stance", "[claims][stance]") {
  auto x = ExtractText(
      "Recep Tayyip Erdogan has led a crackdown targeting those suspected of supporting Fethullah Gulen.\n");
  CHECK(Stances(x, "Recep Tayyip Erdogan").find("supports") == std::string::npos);
  auto y = ExtractText(
      "Turkey has backed Qatar after Saudi Arabia cut ties, accusing Doha of supporting terrorism.\n");
  CHECK(Stances(y, "Turkey").find("supports:terrorism") == std::string::npos);
  auto z = ExtractText("Michael Howard was accused of secretly backing the plan.\n");
  CHECK(Stances(z, "Michael Howard").empty());
}

TEST_CASE("a stance verb outside a charge is still the subject's", "[claims][stance]") {
  auto x = ExtractText("Recep Tayyip Erdogan is proud of supporting Fethullah Gulen.\n");
  CHECK(Stances(x, "Recep Tayyip Erdogan").find("supports") != std::string::npos);
  auto y = ExtractText("Turkey has backed Qatar.\n");
  CHECK(Stances(y, "Turkey") == "supports:Qatar\n");
}

TEST_CASE("the reason a stance verb gives after its object is the object's act", "[claims][stance]") {
  // what the Liberal Democrats want is theirs: Howard is against them, not against faith schools
  auto x =
      ExtractText("Michael Howard attacked the Liberal Democrats for wanting to abolish faith schools.\n");
  CHECK(Stances(x, "Michael Howard") == "opposes:Liberal Democrats\n");
  auto y =
      ExtractText("Michael Howard accused ministers of wasting money on failed attempts to curb truancy.\n");
  CHECK(Stances(y, "Michael Howard").find("truancy") == std::string::npos);
  auto z = ExtractText("Cathy Jamieson praised Celtic and Rangers for their work in tackling the problem.\n");
  CHECK(Stances(z, "Cathy Jamieson").find("opposes") == std::string::npos);
  CHECK(Stances(z, "Cathy Jamieson").find("supports:Celtic") != std::string::npos);
}

TEST_CASE("a reciprocal object is each subject toward the other", "[claims][stance]") {
  auto x = ExtractText("Airbus and Boeing accused each other of benefiting from illegal subsidies.\n");
  CHECK(Stances(x, "Airbus") == "opposes:Boeing\n");
  CHECK(Stances(x, "Boeing") == "opposes:Airbus\n");
}

TEST_CASE("'warned of' a loss or a danger is a forecast, not a stance or a claim", "[claims][stance]") {
  auto x = ExtractText("Virgin Blue warned of a steep fall in full year profits.\n");
  CHECK(Stances(x, "Virgin Blue").empty());
  CHECK(x.claims.empty());
  // toward one named it is a stance
  auto y = ExtractText("Gordon Brown warned of Michael Howard, saying he would cut services.\n");
  CHECK(Stances(y, "Gordon Brown").find("opposes:Michael Howard") != std::string::npos);
}

TEST_CASE("the last act of a charged list is charged too", "[claims][stance]") {
  auto x = ExtractText(
      "Rival groups have accused Omar Haddad of silencing critics, running smuggling rings, and supporting "
      "Hezbollah.\n");
  CHECK(Stances(x, "Omar Haddad").empty());
  auto y = ExtractText("Mary Ellison accused Tom Berg of lying and backing Hezbollah.\n");
  CHECK(Stances(y, "Mary Ellison").find("supports") == std::string::npos);
  CHECK(Stances(y, "Tom Berg").empty());
  // an act of the subject's own after the charge stays its own
  auto z = ExtractText("Mary Ellison criticised Tom Berg for lying and praised Ann Cole.\n");
  CHECK(Stances(z, "Mary Ellison").find("supports:Ann Cole") != std::string::npos);
}

TEST_CASE("'one other X' is no reciprocal", "[claims][stance]") {
  auto x = ExtractText("Tony Blair and Gordon Brown praised one other minister, John Reid, for his work.\n");
  CHECK(Stances(x, "Tony Blair") == "supports:John Reid\n");
  CHECK(Stances(x, "Gordon Brown") == "supports:John Reid\n");
}
