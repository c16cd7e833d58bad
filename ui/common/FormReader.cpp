#include "ui/common/FormReader.h"

#include "core/registry/validation/FieldChecks.h"
#include "ui/common/EditorForm.h"

#include <QLineEdit>

namespace tansiq::ui {

std::optional<qint64> FormReader::count(const char* coreField, const QLineEdit* edit)
{
    const QString field = EditorForm::coreFieldName(coreField);
    const auto parsed = FieldChecks::parseCount(field, edit->text());
    if (parsed.ok())
        return parsed.value();
    m_issues += parsed.issues();
    m_unread << field;
    return std::nullopt;
}

std::optional<double> FormReader::amount(const char* coreField, const QLineEdit* edit)
{
    const QString field = EditorForm::coreFieldName(coreField);
    const auto parsed = FieldChecks::parseAmount(field, edit->text());
    if (parsed.ok())
        return parsed.value();
    m_issues += parsed.issues();
    m_unread << field;
    return std::nullopt;
}

void FormReader::add(const Issues& unread)
{
    m_issues += unread;
    for (const Issue& issue : unread)
        m_unread << issue.field;
}

Issues FormReader::withCore(const Issues& core) const
{
    Issues all = m_issues;
    for (const Issue& issue : core) {
        if (!m_unread.contains(issue.field))
            all << issue;
    }
    return all;
}

} // namespace tansiq::ui
