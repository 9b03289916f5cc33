// ExtractionToJsonLine writes its strings with its own escaping (a run of bytes at a time): the
// bytes must stay those rapidjson's Writer::String writes, and read back as they were.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <catch2/catch.hpp>
#include <string>

#include "claimgraph/export.h"

using namespace claimgraph;

namespace {

// s as rapidjson's Writer writes a string value.
std::string RapidJsonString(const std::string& s) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return std::string(buf.GetString(), buf.GetSize());
}

// The line of an extraction whose article text and one entity's name are `s`.
std::string LineOf(const std::string& s) {
  Extraction x;
  x.article.id = "a1";
  x.article.text = s;
  Entity e;
  e.id = "e1";
  e.name = s;
  x.entities.push_back(e);
  return ExtractionToJsonLine(x);
}

}  // namespace

TEST_CASE("json line: strings are escaped as rapidjson escapes them, at any position in a run",
          "[export][jsonl]") {
  // every byte that needs an escape (and a few that do not), at each offset of strings of
  // 0..24 bytes, so that it falls in every place of an eight-byte run and in the tail
  std::string specials("\"\\/\x7F\xC3\xA9", 6);
  for (int b = 0; b < 0x20; ++b) specials.push_back(static_cast<char>(b));
  for (char special : specials) {
    for (size_t len = 1; len <= 24; ++len) {
      for (size_t at = 0; at < len; ++at) {
        std::string s(len, 'a');
        s[at] = special;
        const std::string line = LineOf(s);
        INFO("byte " << static_cast<int>(static_cast<unsigned char>(special)) << " at " << at << " of "
                     << len);
        CHECK(line.find("\"text\":" + RapidJsonString(s)) != std::string::npos);
        CHECK(line.find("\"name\":" + RapidJsonString(s)) != std::string::npos);
      }
    }
  }
  CHECK(RapidJsonString(std::string("\0\x1F\"\\\n", 5)) == "\"\\u0000\\u001F\\\"\\\\\\n\"");
}

TEST_CASE("json line: an article's text with quotes, controls and UTF-8 reads back as it was",
          "[export][jsonl]") {
  std::string text = "He said: \"It's \\ over\".\n\tNext\r\x01 line \xE2\x80\x9C\xE6\xBC\xA2\xE2\x80\x9D";
  text.push_back('\0');
  text += std::string(100, 'x') + "\x1B[0m end";
  const std::string line = LineOf(text);
  CHECK(line.find('\n') == std::string::npos);
  Result<Extraction> back = ExtractionFromJsonLine(line);
  REQUIRE(back.ok());
  CHECK(back.value().article.text == text);
  REQUIRE(back.value().entities.size() == 1);
  CHECK(back.value().entities[0].name == text);
  CHECK(line.find("\"text\":" + RapidJsonString(text)) != std::string::npos);
}
