#include "core/interop/SheetLayout.h"

#include "core/common/Text.h"
#include "core/interop/HxlTag.h"

#include <QCoreApplication>

namespace tansiq::interop {

namespace {

constexpr int kSearchRows = 25;

std::optional<Field> mappedField(
    const QString& header, const ColumnMapping& mapping, bool* viaMapping)
{
    const QString folded = text::foldForSearch(header);
    if (folded.isEmpty())
        return std::nullopt;
    const auto it = mapping.constFind(folded);
    if (it != mapping.cend()) {
        if (const auto tag = HxlTag::parse(it.value())) {
            *viaMapping = true;
            return fieldForTag(*tag);
        }
    }
    *viaMapping = false;
    return fieldForHeader(header);
}

Status requireEssentials(const SheetLayout& layout, const QString& what, bool partnerGiven)
{
    QStringList missing;
    if (!partnerGiven && !layout.has(Field::ImplOrgName) && !layout.has(Field::ImplOrgId))
        missing << SheetLayout::tr("implementing organisation (#org+impl+name)");
    if (!layout.has(Field::SectorCode) && !layout.has(Field::SectorName))
        missing << SheetLayout::tr("sector (#sector+cluster+name)");
    bool place = false;
    for (Field f : { Field::Adm1Code, Field::Adm1Name, Field::Adm2Code, Field::Adm2Name,
             Field::Adm3Code, Field::Adm3Name, Field::Adm4Code, Field::Adm4Name })
        place = place || layout.has(f);
    if (!place)
        missing << SheetLayout::tr("place (#adm3+code or #adm3+name)");
    if (!layout.has(Field::StartDate))
        missing << SheetLayout::tr("start date (#date+start)");
    // No reporting month column is fine: the month is given or read from the title
    // (ImportPlanner, decision 0054).
    if (missing.isEmpty())
        return success();
    return Issue::error(QStringLiteral("missing-columns"), what, missing.join(QStringLiteral("; ")),
        SheetLayout::tr("“%1” has no column for: %2.")
            .arg(what, missing.join(QStringLiteral("; "))));
}

} // namespace

bool SheetLayout::has(Field field) const
{
    for (const ColumnBinding& b : bindings) {
        if (b.field == field)
            return true;
    }
    return false;
}

QList<int> SheetLayout::columnsOf(Field field) const
{
    QList<int> columns;
    for (const ColumnBinding& b : bindings) {
        if (b.field == field)
            columns << b.column;
    }
    return columns;
}

Status addMappingExpression(ColumnMapping& mapping, const QString& expression)
{
    const qsizetype eq = expression.lastIndexOf(u'=');
    const QString header = expression.left(std::max<qsizetype>(eq, 0)).trimmed();
    const QString tagText = expression.mid(eq + 1).trimmed();
    const auto tag = HxlTag::parse(tagText);
    if (eq <= 0 || header.isEmpty() || !tag) {
        return Issue::error(QStringLiteral("bad-mapping"), SheetLayout::tr("column mapping"),
            expression,
            SheetLayout::tr("“%1” is not a column mapping: write “Header text = #hxl+tag”.")
                .arg(expression));
    }
    if (!fieldForTag(*tag)) {
        return Issue::error(QStringLiteral("unknown-tag"), SheetLayout::tr("column mapping"),
            tagText, SheetLayout::tr("The tag “%1” is not a 4W field Tansiq reads.").arg(tagText));
    }
    mapping.insert(text::foldForSearch(header), tag->toString());
    return success();
}

Result<ColumnMapping> parseColumnMapping(const QString& text, const QString& what)
{
    ColumnMapping mapping;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u';'))
            continue;
        const Status added = addMappingExpression(mapping, line);
        if (!added.ok()) {
            Issue issue = added.issues().first();
            issue.field = what;
            issue.row = int(i + 1);
            return issue;
        }
    }
    return mapping;
}

Result<SheetLayout> detectLayout(
    const Sheet& sheet, const ColumnMapping& mapping, bool partnerGiven, const QString& what)
{
    SheetLayout layout;
    if (const auto tagRow = findHashtagRow(sheet.rows, kSearchRows)) {
        layout.tagRow = *tagRow;
        layout.firstDataRow = *tagRow + 1;
        const QStringList& tags = sheet.rows.at(*tagRow);
        for (int c = 0; c < tags.size(); ++c) {
            if (tags.at(c).trimmed().isEmpty())
                continue;
            const auto tag = HxlTag::parse(tags.at(c));
            const auto field = tag ? fieldForTag(*tag) : std::nullopt;
            if (field)
                layout.bindings << ColumnBinding { c, *field, tag->toString() };
            else
                layout.ignored << tags.at(c).trimmed();
        }
        const Status essentials = requireEssentials(layout, what, partnerGiven);
        if (!essentials.ok())
            return essentials;
        return layout;
    }
    // No hashtag row: the header row the mapping (or our own headers) recognise best.
    int bestRow = -1, bestScore = 0;
    const int n = int(std::min<qsizetype>(sheet.rows.size(), kSearchRows));
    for (int r = 0; r < n; ++r) {
        int score = 0;
        for (const QString& cell : sheet.rows.at(r)) {
            bool viaMapping = false;
            score += mappedField(cell, mapping, &viaMapping) ? 1 : 0;
        }
        if (score > bestScore) {
            bestScore = score;
            bestRow = r;
        }
    }
    if (bestRow < 0) {
        // Show the fullest of the first rows: most likely the partner's header row.
        QStringList seen;
        for (int r = 0; r < n; ++r) {
            QStringList filled;
            for (const QString& cell : sheet.rows.at(r)) {
                if (!cell.trimmed().isEmpty())
                    filled << cell.trimmed();
            }
            if (filled.size() > seen.size())
                seen = filled;
        }
        return Issue::error(QStringLiteral("no-tag-row"), what, seen.join(QStringLiteral(" | ")),
            SheetLayout::tr("“%1” has no HXL hashtag row in its first %2 rows and its headers "
                            "are not known. Map its columns to HXL tags (headers seen: %3).")
                .arg(what)
                .arg(kSearchRows)
                .arg(seen.join(QStringLiteral(" | "))));
    }
    layout.headerRow = bestRow;
    layout.firstDataRow = bestRow + 1;
    const QStringList& headers = sheet.rows.at(bestRow);
    for (int c = 0; c < headers.size(); ++c) {
        if (headers.at(c).trimmed().isEmpty())
            continue;
        bool viaMapping = false;
        if (const auto field = mappedField(headers.at(c), mapping, &viaMapping)) {
            layout.bindings << ColumnBinding { c, *field, headers.at(c).trimmed() };
            layout.usedMapping = layout.usedMapping || viaMapping;
        } else {
            layout.ignored << headers.at(c).trimmed();
        }
    }
    const Status essentials = requireEssentials(layout, what, partnerGiven);
    if (!essentials.ok())
        return essentials;
    return layout;
}

} // namespace tansiq::interop
