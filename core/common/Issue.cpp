#include "Issue.h"

#include <QCoreApplication>
#include <QStringList>

namespace tansiq {

QString Issue::toText() const
{
    if (row < 0)
        return message;
    return QCoreApplication::translate("tansiq::Issue", "row %1: %2").arg(row).arg(message);
}

Issue Issue::error(QString code, QString field, QString value, QString message)
{
    return Issue{Severity::Error, std::move(code), std::move(field), std::move(value),
                 std::move(message), -1};
}

Issue Issue::warning(QString code, QString field, QString value, QString message)
{
    return Issue{Severity::Warning, std::move(code), std::move(field), std::move(value),
                 std::move(message), -1};
}

bool hasErrors(const Issues& issues)
{
    for (const Issue& issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

QString issuesToText(const Issues& issues)
{
    QStringList lines;
    for (const Issue& issue : issues)
        lines << issue.toText();
    return lines.join(QLatin1Char('\n'));
}

}  // namespace tansiq
