#pragma once

#include "CliContext.h"
#include "registry/Vocabulary.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace tansiq {
class Registry;
}

namespace tansiq::cli {

// The options of `tansiq-cli registrations`, shared by its actions.
struct RegistrationOptions {
    static QString t(const char* text) { return QCoreApplication::translate("tansiq::cli", text); }

    QCommandLineOption expiring { QStringLiteral("expiring"),
        t(QT_TRANSLATE_NOOP("tansiq::cli",
            "list: only registrations that expire within DAYS days or have expired")),
        QStringLiteral("DAYS") };
    QCommandLineOption missing { QStringLiteral("missing"),
        t(QT_TRANSLATE_NOOP(
            "tansiq::cli", "list: only active organisations without a current registration")) };
    QCommandLineOption today { QStringLiteral("today"),
        t(QT_TRANSLATE_NOOP("tansiq::cli", "list: as of this day (YYYY-MM-DD) instead of today")),
        QStringLiteral("DATE") };
    QCommandLineOption out { QStringLiteral("out"),
        t(QT_TRANSLATE_NOOP("tansiq::cli", "list: write the list to a CSV or XLSX file")),
        QStringLiteral("FILE") };
    QCommandLineOption lang { QStringLiteral("lang"),
        t(QT_TRANSLATE_NOOP("tansiq::cli", "language of labels and names: ar or en")),
        QStringLiteral("LANG") };
    QCommandLineOption org { QStringLiteral("org"),
        t(QT_TRANSLATE_NOOP("tansiq::cli", "add: the organisation (acronym)")),
        QStringLiteral("ACRONYM") };
    QCommandLineOption authority { QStringLiteral("authority"),
        t(QT_TRANSLATE_NOOP(
            "tansiq::cli", "mosal (the ministry, default), mosal_directorate or other")),
        QStringLiteral("AUTHORITY") };
    QCommandLineOption authorityName { QStringLiteral("authority-name"),
        t(QT_TRANSLATE_NOOP("tansiq::cli", "which directorate, or the other authority's name")),
        QStringLiteral("TEXT") };
    QCommandLineOption number { QStringLiteral("number"),
        t(QT_TRANSLATE_NOOP("tansiq::cli", "the registration number")), QStringLiteral("NUMBER") };
    QCommandLineOption date { QStringLiteral("date"),
        t(QT_TRANSLATE_NOOP("tansiq::cli", "the registration date (YYYY-MM-DD)")),
        QStringLiteral("DATE") };
    QCommandLineOption expires { QStringLiteral("expires"),
        t(QT_TRANSLATE_NOOP("tansiq::cli", "the expiry date (YYYY-MM-DD; empty for none)")),
        QStringLiteral("DATE") };
    QCommandLineOption status { QStringLiteral("status"),
        t(QT_TRANSLATE_NOOP("tansiq::cli", "registered (default), pending, expired or suspended")),
        QStringLiteral("STATUS") };

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({ expiring, missing, today, out, lang, org, authority, authorityName,
            number, date, expires, status });
    }
};

Language languageOf(const QCommandLineParser& parser, const RegistrationOptions& options);
int addRegistration(CliContext& context, Registry& registry, const QCommandLineParser& parser,
    const RegistrationOptions& options);
int setRegistration(CliContext& context, Registry& registry, const QCommandLineParser& parser,
    const RegistrationOptions& options, const QString& id);

} // namespace tansiq::cli
