#pragma once

#include "core/common/Issue.h"

#include <QSet>
#include <QString>

#include <optional>

class QLineEdit;

namespace tansiq::ui {

// Converts what a person typed into an editor's fields to a record's values. A field that
// cannot be read gets one issue quoting the text as typed and is left "not given", so the
// record can still be validated by core and every other problem shown at the same time.
// Nothing is ever made up in place of the text (no -1 for "abc").
class FormReader {
public:
    // Fields are named by core's source text (the tansiq::Validators context), as in EditorForm.
    std::optional<qint64> count(const char* coreField, const QLineEdit* edit);
    std::optional<double> amount(const char* coreField, const QLineEdit* edit);
    // Issues of fields read elsewhere (the people breakdown grid): shown like the others.
    void add(const Issues& unread);

    bool ok() const { return m_issues.isEmpty(); }
    const Issues& issues() const { return m_issues; }
    // The form's own issues, then core's for the fields the form could read: one message per
    // problem, each under its field.
    Issues withCore(const Issues& core) const;

private:
    Issues m_issues;
    QSet<QString> m_unread; // translated field names
};

} // namespace tansiq::ui
