#pragma once

#include <QString>

class QTextDocument;

namespace Stackdeck {

// Chooses the highlighter for a file: KF6 SyntaxHighlighting when built with it, else YamlHighlighter.
namespace SyntaxSupport {

// "KSyntaxHighlighting" or "built-in": shown in About and asserted by tests.
QString engineName();
// Attaches a highlighter suited to `fileName` (YAML, .env, log) to `document`; returns false for plain text.
bool attach(QTextDocument *document, const QString &fileName);

} // namespace SyntaxSupport

} // namespace Stackdeck
