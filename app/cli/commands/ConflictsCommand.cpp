#include "app/cli/CliCommand.h"
#include "app/cli/commands/SyncCliSupport.h"
#include "core/registry/Registry.h"
#include "core/sync/Conflicts.h"
#include "core/sync/HybridClock.h"
#include "core/sync/SyncContext.h"

namespace tansiq::cli {

namespace {
QString show(const QVariant& value)
{
    if (value.isNull())
        return Cli::tr("(empty)");
    if (value.metaType().id() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        return bytes.size() == 16 ? QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces)
                                  : QString::fromLatin1(bytes.toHex());
    }
    return QStringLiteral("“%1”").arg(value.toString());
}
} // namespace

int runConflicts(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("keep"),
        Cli::tr("resolve by keeping: current, the number of a listed value, "
                "or for edit/delete conflicts record or deletion"),
        QStringLiteral("WHICH"));
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("also list resolved conflicts"));
    parser.addOptions({ keep, all });
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, or resolve ID"));
    if (auto stop = context.parse(parser, args, Cli::tr("Lists and resolves concurrent edits.")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    Workspace* workspace = context.workspace({ .createIfMissing = false, .seedGazetteer = false });
    if (!workspace)
        return Failure;
    sync::SyncContext sync(workspace->registry(), context.clock());
    sync::Conflicts conflicts(workspace->database(), workspace->registry().writer());
    const QString action = positional.value(0, QStringLiteral("list"));
    if (action == u"list") {
        const QList<sync::Conflict> list = conflicts.list(parser.isSet(all));
        if (list.isEmpty())
            context.out() << Cli::tr("No conflicts to review.") << '\n';
        for (const sync::Conflict& conflict : list) {
            context.out() << Cli::tr("#%1 %2 %3, field %4 (%5)%6")
                                 .arg(conflict.id)
                                 .arg(conflict.table, conflict.row.toString(QUuid::WithoutBraces),
                                     conflict.fieldName,
                                     conflict.kind == u"edit-delete"
                                         ? Cli::tr("edited at one office, deleted at another; the "
                                                   "record was kept")
                                         : Cli::tr("edited at two offices at once"),
                                     conflict.resolved ? Cli::tr(" — resolved") : QString())
                          << '\n'
                          << Cli::tr("    shown now: %1").arg(show(conflict.current)) << '\n';
            for (qsizetype i = 0; i < conflict.heads.size(); ++i) {
                const auto& head = conflict.heads.at(i);
                context.out() << Cli::tr("    %1) %2 from %3 at %4")
                                     .arg(i + 1)
                                     .arg(show(head.value), sync.officeName(head.office),
                                         synccli::formatTime(sync::HybridClock::millis(head.hlc)))
                              << '\n';
            }
        }
        return Success;
    }
    if (action == u"resolve") {
        bool ok = false;
        const qint64 id = positional.value(1).toLongLong(&ok);
        if (!ok || !parser.isSet(keep)) {
            context.err() << Cli::tr("error: give the conflict number and --keep WHICH") << '\n';
            return UsageError;
        }
        const Status resolved = conflicts.resolve(id, parser.value(keep));
        if (!resolved.ok())
            return context.fail(resolved.issues());
        context.out()
            << Cli::tr("Conflict %1 resolved; the decision travels with the next bundles.").arg(id)
            << '\n';
        return Success;
    }
    context.err() << Cli::tr("error: unknown action “%1” (list or resolve)").arg(action) << '\n';
    return UsageError;
}

} // namespace tansiq::cli
