// claimgraph_hostile_store DB: writes a store whose names and quotes are HTML and script, for the
// browser tests of `claimgraph serve` (a page must show them as text and run none of them).
#include <cstdio>
#include <string>

#include "claimgraph/claimgraph.h"

using namespace claimgraph;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: claimgraph_hostile_store DB\n");
    return 2;
  }
  const std::string img = "<img src=x onerror=\"window.pwned=1;alert(1)\">";
  const std::string script = "</script><script>window.pwned=2;alert(2)</script>";
  const std::string quote = "<b>bold</b> & <script>window.pwned=3</script> \"quoted\" {braces} \\ end";
  Extraction x;
  x.article.text = img + " said \"" + quote + "\". " + img + " opposes " + script + ".";
  x.article.id = ArticleId(x.article.text);
  x.article.source = "hostile/<svg onload=alert(4)>.txt";
  x.article.title = "<i>Title</i><script>window.pwned=5</script>";
  x.article.date = "2024-05-01";
  x.article.outlet = "<marquee>Outlet</marquee>";
  size_t q = x.article.text.find(quote), second = x.article.text.find(img, 1),
         s = x.article.text.find(script);
  Entity a;
  a.id = "e1";
  a.name = img;
  a.roles = {"<u>Role</u>"};
  a.mentions = {{0, static_cast<uint32_t>(img.size())},
                {static_cast<uint32_t>(second), static_cast<uint32_t>(second + img.size())}};
  Entity b;
  b.id = "e2";
  b.name = script;
  b.mentions = {{static_cast<uint32_t>(s), static_cast<uint32_t>(s + script.size())}};
  x.entities = {a, b};
  Claim c;
  c.id = "c1";
  c.speaker = "e1";
  c.text = quote;
  c.cue = "said";
  c.span = {static_cast<uint32_t>(q), static_cast<uint32_t>(q + quote.size())};
  c.date = "2024-05-01";
  x.claims = {c};
  Relation r;
  r.id = "r1";
  r.source = "e1";
  r.type = "opposes";
  r.target = "e2";
  r.target_text = script;
  r.evidence = img + " opposes " + script + ".";
  r.evidence_span = {static_cast<uint32_t>(second), static_cast<uint32_t>(x.article.text.size())};
  x.relations = {r};
  auto store = Store::Open(argv[1]);
  if (!store.ok()) {
    std::fprintf(stderr, "claimgraph_hostile_store: %s\n", store.status().message().c_str());
    return 1;
  }
  size_t added = 0;
  Status st = store.value()->PutBatch({x}, &added);
  if (!st.ok() || added != 1) {
    std::fprintf(stderr, "claimgraph_hostile_store: %s\n", st.message().c_str());
    return 1;
  }
  return 0;
}
