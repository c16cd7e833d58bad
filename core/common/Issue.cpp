#include "core/common/Issue.h"

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
    return Issue { Severity::Error, std::move(code), std::move(field), std::move(value),
        std::move(message), -1 };
}

Issue Issue::warning(QString code, QString field, QString value, QString message)
{
    return Issue { Severity::Warning, std::move(code), std::move(field), std::move(value),
        std::move(message), -1 };
}

bool hasErrors(const Issues& issues)
{
    for (const Issue& issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

namespace detail {

Issues failureIssues(bool ok, Issues issues)
{
    if (!ok)
        return issues; // as they are: a failure without issues is a cancellation
    // A success converted into a failure: say so rather than fail without a reason. Its
    // warnings come first, in their order.
    issues << Issue::error(QStringLiteral("internal-not-a-failure"), QString(), QString(),
        QCoreApplication::translate("tansiq::Issue",
            "Internal error: an operation that succeeded was reported as a "
            "failure. Please report this."));
    return issues;
}

} // namespace detail

QString issuesToText(const Issues& issues)
{
    QStringList lines;
    for (const Issue& issue : issues)
        lines << issue.toText();
    return lines.join(QLatin1Char('\n'));
}

} // namespace tansiq
