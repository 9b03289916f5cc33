#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "common/schema_data.h"
#include "extract/ner_model.h"
#include "extract/ner_train.h"

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
