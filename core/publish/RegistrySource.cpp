#include "core/publish/RegistrySource.h"

#include "core/interop/BoundaryStore.h"
#include "core/publish/Wkt.h"
#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace tansiq::publish {

namespace {

using Kind = PgColumn::Kind;

Issue readFailure(const QString& table, const QString& detail)
{
    return Issue::error(QStringLiteral("publish-read"), table, QString(),
        QCoreApplication::translate(
            "tansiq::publish::RegistrySource", "The registry's table %1 could not be read: %2")
            .arg(table, detail));
}

// Activity fields a sensitive activity does not publish (docs/decisions/0020).
bool hiddenWhenSensitive(const QByteArray& column)
{
    return column == "site_name" || column == "latitude" || column == "longitude"
        || column == "contact_name" || column == "contact_email" || column == "contact_phone";
}

QVariant typedNull(Kind kind)
{
    switch (kind) {
    case Kind::Integer:
        return QVariant(QMetaType::fromType<qlonglong>());
    case Kind::Real:
        return QVariant(QMetaType::fromType<double>());
    case Kind::Timestamp:
        return QVariant(QMetaType::fromType<QDateTime>());
    default:
        return QVariant(QMetaType::fromType<QString>());
    }
}

QVariant convert(const QVariant& stored, Kind kind)
{
    if (stored.isNull())
        return typedNull(kind);
    switch (kind) {
    case Kind::Uuid:
        return QUuid::fromRfc4122(stored.toByteArray()).toString(QUuid::WithoutBraces);
    case Kind::Integer:
        return QVariant(stored.toLongLong());
    case Kind::Real:
        return QVariant(stored.toDouble());
    case Kind::Timestamp:
        return QDateTime::fromMSecsSinceEpoch(stored.toLongLong(), Qt::UTC);
    default:
        return QVariant(stored.toString());
    }
}

Kind kindOf(const QString& declared, const QByteArray& column, const QString& createSql)
{
    const QString type = declared.toUpper();
    if (type == u"BLOB")
        return Kind::Uuid;
    if (type == u"INTEGER")
        return Kind::Integer;
    if (type == u"REAL")
        return Kind::Real;
    const QString name = QString::fromLatin1(column);
    if (createSql.contains(QStringLiteral("date(%1) = %1").arg(name)))
        return Kind::Date;
    return Kind::Text;
}

} // namespace

RegistrySource::RegistrySource(Database& db) : m_db(db)
{
}

RegistrySource::~RegistrySource() = default;

quint64 digestOf(const QVariantList& values)
{
    quint64 hash = 14695981039346656037ULL;
    const auto feed = [&hash](const QByteArray& bytes) {
        for (const char c : bytes) {
            hash ^= quint8(c);
            hash *= 1099511628211ULL;
        }
    };
    for (const QVariant& value : values) {
        if (value.isNull()) {
            feed(QByteArrayLiteral("\x01N"));
            continue;
        }
        feed(QByteArray::number(value.metaType().id()) + ':');
        if (value.metaType().id() == QMetaType::QDateTime)
            feed(QByteArray::number(value.toDateTime().toMSecsSinceEpoch()));
        else if (value.metaType().id() == QMetaType::Double)
            feed(QByteArray::number(value.toDouble(), 'g', 17));
        else
            feed(value.toString().toUtf8());
        feed(QByteArrayLiteral("\x00"));
    }
    return hash;
}

Result<PublishedTable> RegistrySource::describe(const TableSpec& spec)
{
    QString createSql;
    {
        Statement master(
            m_db.handle(), "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
        master.bind(1, QString::fromLatin1(spec.name));
        if (master.step() != Statement::Step::Row)
            return readFailure(QString::fromLatin1(spec.name), master.lastError());
        createSql = master.text(0);
    }
    QHash<QByteArray, QString> declared;
    Statement info(
        m_db.handle(), QByteArray("SELECT name, type FROM pragma_table_info('") + spec.name + "')");
    while (info.step() == Statement::Step::Row)
        declared.insert(info.text(0).toLatin1(), info.text(1));
    PublishedTable table;
    table.name = spec.name;
    table.columns << PgColumn { "id", Kind::Uuid };
    for (const char* column : spec.columns)
        table.columns << PgColumn { column, kindOf(declared.value(column), column, createSql) };
    table.columns << PgColumn { "origin_office", Kind::Uuid }
                  << PgColumn { "created_at", Kind::Timestamp }
                  << PgColumn { "updated_at", Kind::Timestamp };
    return table;
}

Result<QList<PublishedTable>> RegistrySource::tables()
{
    QList<PublishedTable> list;
    for (const TableSpec* spec : tables::all()) {
        Result<PublishedTable> table = describe(*spec);
        if (!table.ok())
            return table;
        list << table.value();
    }
    PublishedTable admin;
    admin.name = "admin_unit";
    admin.replicated = false;
    for (const char* column : { "pcode", "parent_pcode", "adm1_pcode", "adm2_pcode", "adm3_pcode",
             "adm4_pcode", "name_en", "name_ar", "alt_names", "boundary_source", "geom_wkt" })
        admin.columns << PgColumn { column, Kind::Text };
    admin.columns.insert(1, PgColumn { "level", Kind::Integer });
    for (const char* column : { "latitude", "longitude" })
        admin.columns << PgColumn { column, Kind::Real };
    for (const char* column : { "population", "population_year" })
        admin.columns << PgColumn { column, Kind::Integer };
    list << admin;
    return list;
}

QByteArray RegistrySource::selectSql(const PublishedTable& table) const
{
    QByteArray sql = "SELECT ";
    for (const PgColumn& column : table.columns)
        sql += column.name + ", ";
    return sql + "deleted FROM " + table.name;
}

namespace {

PublishedRow toRow(const Statement& q, const PublishedTable& table)
{
    PublishedRow row;
    const int columns = int(table.columns.size());
    row.key = q.blob(0);
    row.live = q.int64(columns) == 0;
    row.values.reserve(columns);
    bool sensitive = false;
    if (table.name == "activity") {
        for (int i = 0; i < columns; ++i) {
            if (table.columns.at(i).name == "sensitive")
                sensitive = q.int64(i) != 0;
        }
    }
    for (int i = 0; i < columns; ++i) {
        const PgColumn& column = table.columns.at(i);
        if (sensitive && hiddenWhenSensitive(column.name))
            row.values << (column.kind == Kind::Text ? QVariant(QString())
                                                     : typedNull(column.kind));
        else
            row.values << convert(q.value(i), column.kind);
    }
    row.digest = digestOf(row.values);
    return row;
}

} // namespace

Status RegistrySource::readAll(
    const PublishedTable& table, const std::function<void(PublishedRow&&)>& sink)
{
    if (!table.replicated)
        return readAdminUnits(sink);
    // In id order (the primary key's order, bytewise): the comparison walks the target in
    // the same order.
    Statement q(m_db.handle(), selectSql(table) + " ORDER BY id");
    Statement::Step step;
    while ((step = q.step()) == Statement::Step::Row)
        sink(toRow(q, table));
    if (step == Statement::Step::Error)
        return readFailure(QString::fromLatin1(table.name), q.lastError());
    return success();
}

Result<std::optional<PublishedRow>> RegistrySource::readOne(
    const PublishedTable& table, const QByteArray& id)
{
    std::unique_ptr<Statement>& cached = m_byId[table.name];
    if (!cached)
        cached = std::make_unique<Statement>(m_db.handle(), selectSql(table) + " WHERE id = ?");
    Statement& q = *cached;
    q.bindBlob(1, id);
    const Statement::Step step = q.step();
    std::optional<PublishedRow> row;
    if (step == Statement::Step::Row)
        row = toRow(q, table);
    const QString error = q.lastError();
    q.reset();
    if (step == Statement::Step::Error)
        return readFailure(QString::fromLatin1(table.name), error);
    return row;
}

Status RegistrySource::readAdminUnits(const std::function<void(PublishedRow&&)>& sink)
{
    struct Unit {
        int level = 0;
        QString parent;
    };
    QHash<QString, Unit> units;
    Statement q(m_db.handle(),
        "SELECT pcode, level, parent_pcode, name_en, name_ar, alt_names, latitude, "
        "longitude, population, population_year FROM admin_unit ORDER BY level, pcode");
    QList<QVariantList> stored;
    Statement::Step step;
    while ((step = q.step()) == Statement::Step::Row) {
        QVariantList values;
        for (int i = 0; i < 10; ++i)
            values << q.value(i);
        units.insert(values.at(0).toString(),
            Unit { int(values.at(1).toLongLong()), values.at(2).toString() });
        stored << values;
    }
    if (step == Statement::Step::Error)
        return readFailure(QStringLiteral("admin_unit"), q.lastError());

    struct Shape {
        QString source;
        QString wkt;
    };
    QHash<QString, Shape> shapes;
    const interop::BoundaryStore boundaries(m_db);
    for (int level = 1; level <= 3; ++level) {
        const interop::BoundarySet set = boundaries.polygons(level);
        const QString source = set.source == interop::BoundarySet::Source::Imported
            ? QStringLiteral("cod-ab %1 %2").arg(set.version, set.validOn).trimmed()
            : QStringLiteral("bundled");
        for (const interop::AdminPolygon& polygon : set.polygons)
            shapes.insert(polygon.pcode, Shape { source, multiPolygonWkt(polygon.parts) });
    }

    // In P-code order, bytewise, as the target's cursor reads them.
    std::sort(stored.begin(), stored.end(), [](const QVariantList& a, const QVariantList& b) {
        return a.at(0).toString().toUtf8() < b.at(0).toString().toUtf8();
    });
    const auto text = [](const QVariant& v) {
        return v.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v.toString());
    };
    for (const QVariantList& v : std::as_const(stored)) {
        const QString pcode = v.at(0).toString();
        QVariant adm[5];
        for (QVariant& a : adm)
            a = QVariant(QMetaType::fromType<QString>());
        QString at = pcode;
        for (int guard = 0; guard < 8 && !at.isEmpty() && units.contains(at); ++guard) {
            const Unit& unit = units[at];
            if (unit.level >= 1 && unit.level <= 4)
                adm[unit.level] = at;
            at = unit.parent;
        }
        const Shape shape = shapes.value(pcode);
        PublishedRow row;
        row.key = pcode.toUtf8();
        row.values = { pcode, QVariant(v.at(1).toLongLong()), text(v.at(2)), adm[1], adm[2], adm[3],
            adm[4], v.at(3).toString(), v.at(4).toString(), v.at(5).toString(),
            shape.source.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                   : QVariant(shape.source),
            shape.wkt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(shape.wkt),
            convert(v.at(6), Kind::Real), convert(v.at(7), Kind::Real),
            convert(v.at(8), Kind::Integer), convert(v.at(9), Kind::Integer) };
        row.digest = digestOf(row.values);
        sink(std::move(row));
    }
    return success();
}

} // namespace tansiq::publish
