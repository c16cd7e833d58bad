#include "core/filter/SearchTerms.h"

#include "core/filter/SearchText.h"
#include "core/storage/Database.h"

namespace tansiq {

SearchTerms SearchTerms::resolve(Database& db, const QString& search)
{
    SearchTerms terms;
    terms.needle = search::needle(search);
    if (terms.needle.isEmpty())
        return terms;
    const QString& needle = terms.needle;
    Statement orgs(
        db.handle(), "SELECT id, acronym, name_en, name_ar FROM organisation WHERE deleted = 0");
    while (orgs.step() == Statement::Step::Row) {
        if (search::matches(search::keys({ orgs.text(1), orgs.text(2), orgs.text(3) }), needle))
            terms.organisationIds << orgs.uuid(0);
    }
    Statement places(db.handle(), "SELECT pcode, name_en, name_ar, alt_names FROM admin_unit");
    while (places.step() == Statement::Step::Row) {
        if (search::matches(
                search::keys({ places.text(0), places.text(1), places.text(2), places.text(3) }),
                needle))
            terms.pcodes << places.text(0);
    }
    // A matching place stands for everything in it: keep only the outermost P-codes, which
    // the filter then matches by prefix.
    terms.pcodes.sort();
    QStringList outermost;
    for (const QString& pcode : std::as_const(terms.pcodes)) {
        if (outermost.isEmpty() || !pcode.startsWith(outermost.last()))
            outermost << pcode;
    }
    terms.pcodes = outermost;
    Statement sectors(
        db.handle(), "SELECT id, code, name_en, name_ar FROM sector WHERE deleted = 0");
    while (sectors.step() == Statement::Step::Row) {
        if (search::matches(
                search::keys({ sectors.text(1), sectors.text(2), sectors.text(3) }), needle))
            terms.sectorIds << sectors.uuid(0);
    }
    return terms;
}

} // namespace tansiq
