#include "tests/support/DatabaseDump.h"

#include "core/storage/Database.h"

#include <QStringList>

namespace tansiq::test {

QString logicalDump(Database& db, const QString& skipTables)
{
    const QStringList skip = skipTables.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList tables;
    {
        Statement list(db.handle(),
            "SELECT name FROM sqlite_schema WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (list.step() == Statement::Step::Row) {
            if (!skip.contains(list.text(0)))
                tables << list.text(0);
        }
    }
    QString dump;
    dump += QStringLiteral("schema_version=%1\n").arg(db.schemaVersion());
    for (const QString& table : tables) {
        dump += QStringLiteral("## %1\n").arg(table);
        // Order by every column, so the dump does not depend on storage order.
        Statement columns(db.handle(), "SELECT count(*) FROM pragma_table_info(?)");
        columns.bind(1, table);
        columns.step();
        const qint64 count = columns.int64(0);
        QStringList order;
        for (qint64 i = 1; i <= count; ++i)
            order << QString::number(i);
        Statement rows(db.handle(),
            QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                .arg(table, order.join(QLatin1Char(',')))
                .toUtf8());
        while (rows.step() == Statement::Step::Row) {
            QStringList cells;
            for (int c = 0; c < count; ++c) {
                const QVariant value = rows.value(c);
                if (value.isNull())
                    cells << QStringLiteral("NULL");
                else if (value.metaType().id() == QMetaType::QByteArray)
                    cells << QStringLiteral("x'%1'").arg(
                        QString::fromLatin1(value.toByteArray().toHex()));
                else
                    cells << value.toString();
            }
            dump += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return dump;
}

} // namespace tansiq::test
