#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/commands/EngineCli.h"
#include "core/bulletin/BulletinCollector.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <variant>

namespace tansiq::cli {

// The options `bulletin` and `bench-bulletin` share: --month, --lang, --area, --digits,
// --office, --produced-on.
struct BulletinOptions {
    QCommandLineOption month;
    QCommandLineOption lang;
    QCommandLineOption area;
    QCommandLineOption digits;
    QCommandLineOption office;
    QCommandLineOption producedOn;

    BulletinOptions();
    void addTo(QCommandLineParser& parser) const;
    // The request, or the exit code to stop with after printing what is wrong.
    std::variant<report::BulletinRequest, int> read(
        CliContext& context, const QCommandLineParser& parser) const;
};

// Fills the bulletin from the open database: its snapshot, the complementary marks and the
// office's name.
Result<report::BulletinData> collectBulletin(
    CliContext& context, const EngineSession& session, report::BulletinRequest request);

} // namespace tansiq::cli
