#pragma once

#include <QList>
#include <QString>

namespace tansiq {

// A problem found in user input or in a file, reported as data (never thrown). The message is
// already translated into the user's language; `field` and `value` name what was wrong.
struct Issue {
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString code; // stable machine-readable code, e.g. "unknown-pcode"
    QString field; // the field (or column) concerned, in the user's language
    QString value; // the offending value as the user wrote it
    QString message; // a complete sentence in the user's language
    int row = -1; // 1-based row in a file, or -1

    bool isError() const { return severity == Severity::Error; }
    // "row 12: message" when a row is known, else the message.
    QString toText() const;

    static Issue error(QString code, QString field, QString value, QString message);
    static Issue warning(QString code, QString field, QString value, QString message);
};

using Issues = QList<Issue>;

bool hasErrors(const Issues& issues);
QString issuesToText(const Issues& issues);

} // namespace tansiq
