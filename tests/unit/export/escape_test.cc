#include "export/escape.h"

#include <catch2/catch.hpp>

using namespace claimgraph::exports;

TEST_CASE("escape: DOT strings keep quotes, backslashes and entities as text", "[export][escape]") {
  CHECK(DotQuoted("Pete Hegseth") == "\"Pete Hegseth\"");
  CHECK(DotQuoted("\"]; x [") == "\"\\\"]; x [\"");
  CHECK(DotQuoted("a\\b \\N") == "\"a\\\\b \\\\N\"");
  CHECK(DotQuoted("AT&T &amp;") == "\"AT&amp;T &amp;amp;\"");
  CHECK(DotQuoted("one\ntwo") == "\"one\\ntwo\"");
  CHECK(DotQuoted("bell\x01!") == "\"bell\xEF\xBF\xBD!\"");
  CHECK(DotQuoted("</text><script>{}") == "\"</text><script>{}\"");
  CHECK(DotQuoted("Зеленський 習近平") == "\"Зеленський 習近平\"");
}

TEST_CASE("escape: XML text escapes markup and keeps white space through attribute normalization",
          "[export][escape]") {
  CHECK(XmlEscaped("</text><script>alert(1)</script>") ==
        "&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(XmlEscaped("a & \"b\" 'c'") == "a &amp; &quot;b&quot; &apos;c&apos;");
  CHECK(XmlEscaped("a\nb\tc\rd") == "a&#10;b&#9;c&#13;d");
  // XML 1.0 cannot carry other C0 controls, not even as references.
  CHECK(XmlEscaped(std::string("x\x01y\x1Fz\0w", 7)) == "x\xEF\xBF\xBDy\xEF\xBF\xBDz\xEF\xBF\xBDw");
  CHECK(XmlEscaped("é 習") == "é 習");
}

TEST_CASE("escape: invalid UTF-8 becomes U+FFFD in every format", "[export][escape]") {
  std::string bad = "a\xC3(b\xFF";
  CHECK(ValidUtf8(bad) == "a\xEF\xBF\xBD(b\xEF\xBF\xBD");
  CHECK(XmlEscaped(bad) == "a\xEF\xBF\xBD(b\xEF\xBF\xBD");
  CHECK(DotQuoted(bad) == "\"a\xEF\xBF\xBD(b\xEF\xBF\xBD\"");
  CHECK(ValidUtf8("ok é") == "ok é");
}

TEST_CASE("escape: JSON for HTML has no <, >, & or line separators outside escapes", "[export][escape]") {
  CHECK(JsonForHtml("{\"a\":\"</script><b>&\"}") ==
        "{\"a\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"}");
  CHECK(JsonForHtml("[\"x\xE2\x80\xA8y\xE2\x80\xA9\"]") == "[\"x\\u2028y\\u2029\"]");
  CHECK(JsonForHtml("[\"\xE2\x80\x99\"]") == "[\"\xE2\x80\x99\"]");  // other U+20xx untouched
}
