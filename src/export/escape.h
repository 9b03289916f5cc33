// Escaping for the export formats. Every text that reaches a DOT, SVG, GraphML
// or JSON-LD file goes through one of these, so that a name or a quote can hold
// anything ('"]; x [', '</text>', '<script>', '&', braces, backslashes, new
// lines, control characters, any script) and come out as data, never as syntax.
//
// What "exact" can mean differs by format:
// - JSON carries every code point, control characters included (as \uXXXX).
// - XML 1.0 (SVG, GraphML) cannot carry C0 control characters other than tab,
//   line feed and carriage return, not even as character references, nor
//   U+FFFE/U+FFFF: those become U+FFFD. Everything else round-trips.
// - DOT labels are drawn, so a control character other than a line feed is
//   drawn as U+FFFD, a tab as a space and a line feed as a line break.
// Bytes that are not valid UTF-8 become U+FFFD in every format.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph::exports {

// `s` with each invalid UTF-8 sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view s);

// `s` as a double-quoted DOT string for label-like attributes (label, tooltip,
// xlabel), quotes included: '"' and '\' are escaped, a line feed is "\n", and
// '&' is written "&amp;" because Graphviz reads HTML entities in labels ("&lt;"
// would otherwise be drawn as "<").
std::string DotQuoted(std::string_view s);

// `s` for XML element text and attribute values (both quote kinds escaped;
// tab, line feed and carriage return as character references so that
// attribute normalization keeps them).
std::string XmlEscaped(std::string_view s);

// A serialized JSON document (RapidJSON escapes what JSON requires) with '<',
// '>' and '&' written \u003c, \u003e, \u0026 and U+2028/U+2029 as \u2028,
// \u2029, so that it can sit inside an HTML <script> element. These characters
// appear only inside JSON strings, so this is a plain substitution.
std::string JsonForHtml(std::string_view json);

}  // namespace claimgraph::exports
