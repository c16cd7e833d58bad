#pragma once

#include "app/cli/CliContext.h"
#include "core/registry/Vocabulary.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace tansiq {
class Registry;
}

namespace tansiq::cli {

// The options of `tansiq-cli registrations`, shared by its actions.
struct RegistrationOptions {
    QCommandLineOption expiring { QStringLiteral("expiring"),
        Cli::tr("list: only registrations that expire within DAYS days or have expired"),
        QStringLiteral("DAYS") };
    QCommandLineOption missing { QStringLiteral("missing"),
        Cli::tr("list: only active organisations without a current registration") };
    QCommandLineOption today { QStringLiteral("today"),
        Cli::tr("list: as of this day (YYYY-MM-DD) instead of today"), QStringLiteral("DATE") };
    QCommandLineOption out { QStringLiteral("out"),
        Cli::tr("list: write the list to a CSV or XLSX file"), QStringLiteral("FILE") };
    QCommandLineOption lang { QStringLiteral("lang"),
        Cli::tr("language of labels and names: ar or en"), QStringLiteral("LANG") };
    QCommandLineOption org { QStringLiteral("org"), Cli::tr("add: the organisation (acronym)"),
        QStringLiteral("ACRONYM") };
    QCommandLineOption authority { QStringLiteral("authority"),
        Cli::tr("mosal (the ministry, default), mosal_directorate or other"),
        QStringLiteral("AUTHORITY") };
    QCommandLineOption authorityName { QStringLiteral("authority-name"),
        Cli::tr("which directorate, or the other authority's name"), QStringLiteral("TEXT") };
    QCommandLineOption number { QStringLiteral("number"), Cli::tr("the registration number"),
        QStringLiteral("NUMBER") };
    QCommandLineOption date { QStringLiteral("date"), Cli::tr("the registration date (YYYY-MM-DD)"),
        QStringLiteral("DATE") };
    QCommandLineOption expires { QStringLiteral("expires"),
        Cli::tr("the expiry date (YYYY-MM-DD; empty for none)"), QStringLiteral("DATE") };
    QCommandLineOption status { QStringLiteral("status"),
        Cli::tr("registered (default), pending, expired or suspended"), QStringLiteral("STATUS") };

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
