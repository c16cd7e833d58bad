#include "core/sync/StateHash.h"

#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/sync/OpCodec.h"

#include <algorithm>
#include <sodium.h>

namespace tansiq::sync {

QByteArray stateHash(Database& db)
{
    QList<const TableSpec*> specs = tables::all();
    std::sort(specs.begin(), specs.end(),
        [](const TableSpec* a, const TableSpec* b) { return qstrcmp(a->name, b->name) < 0; });
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    const auto feed = [&](const QByteArray& bytes) {
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
            quint64(bytes.size()));
    };
    for (const TableSpec* spec : specs) {
        feed(opcodec::canonical(QString::fromLatin1(spec->name)));
        QByteArray columns = "id, origin_office, created_at, deleted";
        for (const char* column : spec->columns)
            columns += QByteArray(", ") + column;
        Statement rows(db.handle(), "SELECT " + columns + " FROM " + spec->name + " ORDER BY id");
        const int count = 4 + int(spec->columns.size());
        while (rows.step() == Statement::Step::Row) {
            QByteArray record;
            for (int c = 0; c < count; ++c)
                record += opcodec::canonical(rows.value(c));
            feed(record);
        }
    }
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), 32);
    return out;
}

} // namespace tansiq::sync
