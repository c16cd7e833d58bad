#include "app/cli/commands/BulletinCli.h"

#include "app/cli/CliCommand.h"
#include "core/bulletin/BulletinRegistrations.h"
#include "core/bulletin/CoordinationCollector.h"
#include "core/common/Dates.h"
#include "core/engine/DuplicationReviews.h"
#include "core/office/LocalOffice.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tansiq::cli {

BulletinOptions::BulletinOptions()
    : month(QStringLiteral("month"), Cli::tr("the bulletin's month"), QStringLiteral("YYYY-MM"))
    , lang(QStringLiteral("lang"), Cli::tr("language of the bulletin: ar or en"),
          QStringLiteral("ar|en"), QStringLiteral("ar"))
    , area(QStringLiteral("area"),
          Cli::tr("P-code of a governorate, district or sub-district (default: the whole country)"),
          QStringLiteral("PCODE"))
    , digits(QStringLiteral("digits"),
          Cli::tr(
              "arabic (٠١٢) or latin (012) digits; default: arabic in Arabic, latin in English"),
          QStringLiteral("arabic|latin"))
    , office(QStringLiteral("office"),
          Cli::tr("the office named on the cover (default: this database's office)"),
          QStringLiteral("NAME"))
    , producedOn(QStringLiteral("produced-on"),
          Cli::tr("the date printed as “produced on” (default: today)"),
          QStringLiteral("YYYY-MM-DD"))
{
}

void BulletinOptions::addTo(QCommandLineParser& parser) const
{
    for (const QCommandLineOption& option : { month, lang, area, digits, office, producedOn })
        parser.addOption(option);
}

std::variant<report::BulletinRequest, int> BulletinOptions::read(
    CliContext& context, const QCommandLineParser& parser) const
{
    const auto usage = [&](const QString& field, const QString& value, const QString& message) {
        context.report({ Issue::error(QStringLiteral("bad-option"), field, value, message) });
        return UsageError;
    };
    report::BulletinRequest request;
    if (!parser.isSet(month))
        return usage(QStringLiteral("--month"), QString(),
            Cli::tr("--month is needed: the bulletin's month, as YYYY-MM."));
    const auto parsed = report::BulletinCollector::parseMonth(parser.value(month));
    if (!parsed.ok()) {
        context.report(parsed.issues());
        return UsageError;
    }
    request.month = parsed.value();
    const QString language = parser.value(lang).toLower();
    if (language != u"ar" && language != u"en")
        return usage(QStringLiteral("--lang"), language,
            Cli::tr("“%1” is not a bulletin language: use ar or en.").arg(language));
    request.language = language == u"ar" ? Language::Arabic : Language::English;
    const QString digitChoice = parser.isSet(digits)
        ? parser.value(digits).toLower()
        : (language == u"ar" ? QStringLiteral("arabic") : QStringLiteral("latin"));
    if (digitChoice != u"arabic" && digitChoice != u"latin")
        return usage(QStringLiteral("--digits"), digitChoice,
            Cli::tr("“%1” is not a digit style: use arabic or latin.").arg(digitChoice));
    request.arabicDigits = digitChoice == u"arabic";
    request.areaPcode = parser.value(area).trimmed().toUpper();
    request.officeName = parser.value(office);
    if (parser.isSet(producedOn)) {
        const auto date = dates::parseIsoDate(parser.value(producedOn));
        if (!date)
            return usage(QStringLiteral("--produced-on"), parser.value(producedOn),
                Cli::tr("“%1” is not a date: write it as YYYY-MM-DD.")
                    .arg(parser.value(producedOn)));
        request.producedOn = *date;
    } else {
        request.producedOn = QDateTime::fromMSecsSinceEpoch(context.clock().nowMs()).date();
    }
    return request;
}

Result<report::BulletinData> collectBulletin(
    CliContext& context, const EngineSession& session, report::BulletinRequest request)
{
    Workspace* workspace = context.workspace();
    if (request.officeName.isEmpty())
        request.officeName = LocalOffice::name(workspace->database(), request.language);
    const auto marks = engine::DuplicationReviews(workspace->registry().writer()).marks();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        request.complementary.insert(it.key());
    request.registrations = report::registrationsAtMonthEnd(workspace->database(), request.month);
    auto data = report::BulletinCollector(*session.snapshot).collect(request);
    if (data.ok()) {
        report::BulletinData& d = data.value();
        d.coordination = report::collectCoordination(
            workspace->registry(), d.month, d.language, d.arabicDigits, d.producedOn);
    }
    return data;
}

} // namespace tansiq::cli
