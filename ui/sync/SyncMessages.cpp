#include "ui/sync/SyncMessages.h"

#include "ui/common/DisplaySettings.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStringList>

namespace tansiq::ui {

QString SyncMessages::exported(const bundles::ExportOutcome& outcome) const
{
    return tr("The bundle for “%1” was written to %2 and read back correctly: %3 changes in %4 "
              "batches (%5 bytes).\n\nIt is safe to remove the stick.")
        .arg(outcome.recipientName, DisplaySettings::leftToRight(outcome.path),
            m_display.number(outcome.operations), m_display.number(outcome.batches),
            m_display.number(outcome.bytes));
}

QString SyncMessages::imported(const bundles::ImportOutcome& outcome) const
{
    const sync::ImportSummary& summary = outcome.summary;
    if (summary.alreadyImported) {
        return tr("This bundle from “%1” was already imported before. Nothing changed.")
            .arg(outcome.senderName);
    }
    QStringList lines;
    lines << tr("Bundle from “%1” imported.").arg(outcome.senderName) << QString();
    lines << tr("Changes applied: %1").arg(m_display.number(summary.applied));
    lines << tr("Already had: %1").arg(m_display.number(summary.alreadyHad));
    lines << tr("Conflicts to review: %1").arg(m_display.number(summary.conflicts));
    lines << tr("Waiting for earlier bundles: %1").arg(m_display.number(summary.waiting));
    if (summary.conflicts > 0) {
        lines << QString()
              << tr("Two offices changed the same field. Every office shows the same value; "
                    "review the conflicts on this page and keep the right one.");
    }
    if (summary.waiting > 0) {
        lines << QString()
              << tr("Some changes depend on a bundle that has not arrived yet. They will be "
                    "applied when it is imported.");
    }
    if (summary.quarantined > 0) {
        lines << QString()
              << tr("%1 batches were held back: their clock is more than 48 hours ahead of this "
                    "computer's. Ask the sender to check the computer's date and time.")
                     .arg(m_display.number(summary.quarantined));
    }
    if (summary.equivocations > 0) {
        lines << QString()
              << tr("Warning: %1 batches contradict changes received earlier from the same "
                    "database (a copied or restored database). They were set aside.")
                     .arg(m_display.number(summary.equivocations));
    }
    if (summary.unknownOps > 0) {
        lines << QString()
              << tr("%1 changes are for data this version of Tansiq does not know; they are "
                    "kept and will apply after an update.")
                     .arg(m_display.number(summary.unknownOps));
    }
    for (const QString& warning : summary.warnings)
        lines << warning;
    return lines.join(QLatin1Char('\n'));
}

QString SyncMessages::importedSeveral(const bundles::SessionOutcome& outcome) const
{
    using Kind = bundles::FileResult::Kind;
    qint64 imported = 0, already = 0, refused = 0, notReached = 0;
    for (const bundles::FileResult& file : outcome.files) {
        imported += file.kind == Kind::Imported ? 1 : 0;
        already += file.kind == Kind::AlreadyImported ? 1 : 0;
        refused += file.kind == Kind::Refused ? 1 : 0;
        notReached += file.kind == Kind::NotReached ? 1 : 0;
    }
    QStringList lines;
    lines << tr("Bundles imported: %1").arg(m_display.number(imported));
    lines << tr("Already imported before: %1").arg(m_display.number(already));
    lines << tr("Refused: %1").arg(m_display.number(refused));
    if (notReached > 0)
        lines << tr("Not imported (cancelled): %1").arg(m_display.number(notReached));
    if (outcome.backedUp)
        lines << tr("A safety backup of the database was kept before the first change; "
                    "restoring it undoes this whole import.");
    for (const bundles::FileResult& file : outcome.files) {
        // The file name isolated left to right, so it keeps its order inside Arabic text.
        const QString name = DisplaySettings::leftToRight(QFileInfo(file.path).fileName());
        lines << QString();
        switch (file.kind) {
        case Kind::Imported: {
            const sync::ImportSummary& summary = file.outcome.summary;
            lines << tr("%1: imported, from “%2”. Changes applied: %3; already had: %4; "
                        "conflicts to review: %5; waiting for earlier bundles: %6.")
                         .arg(name, file.outcome.senderName, m_display.number(summary.applied),
                             m_display.number(summary.alreadyHad),
                             m_display.number(summary.conflicts),
                             m_display.number(summary.waiting));
            for (const QString& warning : summary.warnings)
                lines << warning;
            break;
        }
        case Kind::AlreadyImported:
            lines << tr("%1: this bundle from “%2” was already imported before; nothing changed.")
                         .arg(name, file.outcome.senderName);
            break;
        case Kind::Refused: {
            QStringList why;
            for (const Issue& issue : file.refusal)
                why << issue.message;
            lines << tr("%1: refused, nothing was changed by it. %2")
                         .arg(name, why.join(QLatin1Char(' ')));
            break;
        }
        case Kind::NotReached:
            lines << tr("%1: not imported, the import was cancelled before it.").arg(name);
            break;
        }
    }
    if (!outcome.afterwards.isEmpty()) {
        QStringList why;
        for (const Issue& issue : outcome.afterwards)
            why << issue.message;
        lines << QString()
              << tr("The bundles are imported, but tidying the change log afterwards failed; "
                    "the next import does it. %1")
                     .arg(why.join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

QString SyncMessages::when(qint64 ms) const
{
    if (ms <= 0)
        return tr("never");
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    // Isolated left to right, so date and time keep their order inside Arabic text.
    return DisplaySettings::leftToRight(
        m_display.digitsOf(time.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

} // namespace tansiq::ui
