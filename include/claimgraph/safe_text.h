// Text made safe for where it is written (public: the CLI, exports and web page use it), one rule each,
// shared by every output:
// - EscapeInvalidUtf8: a name that may not be UTF-8 (a file name) for JSON and the store:
//   each byte that is not part of a valid UTF-8 sequence becomes the four characters
//   \xNN (upper-case hex); valid UTF-8 passes unchanged.
// - TerminalSafe: text for a terminal (the `said` table, error messages): newlines and
//   tabs stay (tables fold them to spaces); every other control character (C0 with the
//   carriage return, DEL, C1) and the
//   bidirectional overrides and isolates (U+202A-202E, U+2066-2069), which could move the
//   cursor, recolour the screen or reorder what is shown, become U+FFFD; so do bytes that
//   are not UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph {

std::string EscapeInvalidUtf8(std::string_view s);
std::string TerminalSafe(std::string_view s);

}  // namespace claimgraph
