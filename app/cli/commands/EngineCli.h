#pragma once

#include "app/cli/CliContext.h"
#include "core/engine/LiveSnapshot.h"
#include "core/engine/PivotQuery.h"
#include "core/engine/Workers.h"
#include "core/registry/Vocabulary.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>
#include <variant>

namespace tansiq::cli {

// What the engine commands (matrix, gaps, duplicates) share: --filter, --period, --level,
// --format, --lang, and a snapshot of the open database.
struct EngineOptions {
    QCommandLineOption filter { QStringLiteral("filter"), QString(), QStringLiteral("DIM=VALUE") };
    QCommandLineOption period { QStringLiteral("period"), QString(),
        QStringLiteral("YYYY-MM[..YYYY-MM]") };
    QCommandLineOption level { QStringLiteral("level"), QString(), QStringLiteral("N") };
    QCommandLineOption format { QStringLiteral("format"), QString(), QStringLiteral("csv|json|hxl"),
        QStringLiteral("csv") };
    QCommandLineOption lang { QStringLiteral("lang"), QString(), QStringLiteral("en|ar"),
        QStringLiteral("en") };

    EngineOptions();
    void addTo(QCommandLineParser& parser, bool withLevel);
};

struct EngineSession {
    std::unique_ptr<engine::LiveSnapshot> live;
    std::shared_ptr<const engine::Snapshot> snapshot;
    // Both cores for the large scans, as in the application (decision 0091).
    std::unique_ptr<engine::Workers> workers;
};

// Opens the existing database and its snapshot; reports failures.
std::optional<EngineSession> openEngine(CliContext& context);

// Reads the shared options; on a mistake prints it and returns the exit code to stop with.
struct CommonQuery {
    QList<engine::Filter> filters;
    std::optional<engine::Period> period;
    int level = 0;
    QString format;
    Language language = Language::English;
};
std::variant<CommonQuery, int> readCommon(CliContext& context, const QCommandLineParser& parser,
    const EngineOptions& options, const engine::Snapshot& snapshot, int defaultLevel);

// Dimension and measure names with their meaning, for --help.
QString dimensionAndMeasureHelp();
QString csvField(const QString& text);
QString numberText(double value, int decimals);

} // namespace tansiq::cli
