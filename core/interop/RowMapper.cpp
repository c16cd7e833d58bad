#include "core/interop/RowMapper.h"

#include "core/common/Text.h"
#include "core/interop/CellParsing.h"
#include "core/interop/MonthText.h"
#include "core/interop/PlaceMatcher.h"
#include "core/registry/PeopleBreakdown.h"

#include <QCoreApplication>

namespace tansiq::interop {

namespace {

const QUuid kNaturalIdNamespace = QUuid::fromString(u"3c9e6f0a-4d1b-5e8a-9b7c-2f4d6a8e0c15");

// Collects the issues of one row, each stamped with the row number.
struct RowIssues {
    int row;
    RowMapper::Mapped& out;

    void error(const QString& code, Field field, const QString& value, const QString& message)
    {
        Issue issue = Issue::error(code, fieldLabel(field), value, message);
        issue.row = row;
        out.issues << issue;
    }
    void warning(const QString& code, Field field, const QString& value, const QString& message)
    {
        Issue issue = Issue::warning(code, fieldLabel(field), value, message);
        issue.row = row;
        out.issues << issue;
    }
    void unmatched(ValueKind kind, Field field, const QString& value,
        const QList<std::pair<QString, QString>>& close)
    {
        QStringList suggestions, keys;
        for (const auto& [key, display] : close) {
            keys << key;
            suggestions << display;
        }
        unmatched(kind, field, value, suggestions, keys);
    }
    void unmatched(ValueKind kind, Field field, const QString& value,
        const QStringList& suggestions, const QStringList& keys)
    {
        out.unmatched << Unmatched { valueKindKey(kind), value, 1, suggestions, keys };
        const QString hint = suggestions.isEmpty() ? QString()
                                                   : QLatin1Char(' ')
                + RowMapper::tr("Closest: %1.").arg(suggestions.join(QStringLiteral("; ")));
        error(QStringLiteral("unmatched-") + valueKindKey(kind), field, value,
            RowMapper::tr("%1 “%2” is not known.").arg(fieldLabel(field), value) + hint);
    }
};

QUuid uuidOf(const QString& key)
{
    return QUuid::fromString(key);
}

} // namespace

bool RowMapper::isBlank(const QStringList& cells) const
{
    for (const ColumnBinding& b : m_layout.bindings) {
        if (b.column < cells.size() && !cells.at(b.column).trimmed().isEmpty())
            return false;
    }
    return true;
}

QString RowMapper::cell(const QStringList& cells, Field field) const
{
    for (const ColumnBinding& b : m_layout.bindings) {
        if (b.field == field && b.column < cells.size()) {
            const QString value = cells.at(b.column).trimmed();
            if (!value.isEmpty())
                return value;
        }
    }
    return QString();
}

QUuid RowMapper::naturalId(const Activity& a)
{
    const QStringList parts = { a.implementingOrgId.toString(QUuid::WithoutBraces),
        a.sectorId.toString(QUuid::WithoutBraces), a.activityTypeId.toString(QUuid::WithoutBraces),
        a.adminPcode, text::foldForSearch(a.siteName), a.populationGroup, a.startDate,
        a.reportingMonth };
    return QUuid::createUuidV5(kNaturalIdNamespace, QStringLiteral("4w-row|") + parts.join(u'|'));
}

RowMapper::Mapped RowMapper::map(
    const QStringList& cells, int row, const Activity& base, bool existing) const
{
    Mapped out;
    out.activity = base;
    Activity& a = out.activity;
    RowIssues issues { row, out };
    const auto has = [&](Field f) { return m_layout.has(f); };
    const auto get = [&](Field f) { return cell(cells, f); };

    // A value through the resolver: the registry, the choices given or remembered, creation.
    // Returns the key, or empty (an issue is recorded, or the row is left out).
    const auto resolve = [&](ValueKind kind, Field field, const QString& value,
                             const QUuid& sectorId, const ValueResolver::Hints& hints) -> QString {
        const ValueResolver::Outcome outcome = m_resolver->resolve(kind, value, sectorId, hints);
        switch (outcome.kind) {
        case ValueResolver::Outcome::Kind::Found:
            return outcome.key;
        case ValueResolver::Outcome::Kind::Skip:
            if (!out.skipped) {
                out.skipped = true;
                out.skippedBecause = tr("%1 “%2”").arg(valueKindLabel(kind), value);
            }
            return QString();
        case ValueResolver::Outcome::Kind::Ambiguous:
            if (kind == ValueKind::Organisation) {
                issues.error(QStringLiteral("ambiguous-organisation"), field, value,
                    tr("%1 “%2” matches %3 organisations; use the acronym.")
                        .arg(fieldLabel(field), value)
                        .arg(outcome.candidates));
                return QString();
            }
            break;
        case ValueResolver::Outcome::Kind::Unmatched:
            break;
        }
        issues.unmatched(kind, field, value, m_catalog.suggest(kind, value, sectorId));
        return QString();
    };
    const auto organisation = [&](Field field, const QString& value, bool implementing) -> QUuid {
        ValueResolver::Hints hints;
        hints.implementing = implementing;
        if (implementing) {
            hints.name = get(Field::ImplOrgName);
            hints.acronym = get(Field::ImplOrgId);
            hints.typeText = get(Field::ImplOrgType);
        }
        return uuidOf(resolve(ValueKind::Organisation, field, value, {}, hints));
    };
    const auto optionalOrg = [&](Field field, QUuid& target) {
        if (!has(field))
            return;
        const QString value = get(field);
        target = value.isEmpty() ? QUuid() : organisation(field, value, false);
    };

    // Implementing organisation: acronym/id column, then name, then the partner.
    if (const QString id = get(Field::ImplOrgId); !id.isEmpty())
        a.implementingOrgId = organisation(Field::ImplOrgId, id, true);
    else if (const QString name = get(Field::ImplOrgName); !name.isEmpty())
        a.implementingOrgId = organisation(Field::ImplOrgName, name, true);
    else if (!m_partnerId.isNull())
        a.implementingOrgId = m_partnerId;
    optionalOrg(Field::ReportingOrgName, a.reportingOrgId);
    if (!has(Field::ReportingOrgName) && !existing && !m_partnerId.isNull())
        a.reportingOrgId = m_partnerId;
    optionalOrg(Field::ProgOrgName, a.programmingOrgId);
    optionalOrg(Field::DonorName, a.donorOrgId);

    // Sector and activity type.
    const QString sectorText
        = !get(Field::SectorCode).isEmpty() ? get(Field::SectorCode) : get(Field::SectorName);
    const Field sectorField
        = !get(Field::SectorCode).isEmpty() ? Field::SectorCode : Field::SectorName;
    if (!sectorText.isEmpty())
        a.sectorId = uuidOf(resolve(ValueKind::Sector, sectorField, sectorText, {}, {}));
    else if (has(Field::SectorCode) || has(Field::SectorName))
        a.sectorId = QUuid();
    if (has(Field::ActivityTypeCode) || has(Field::ActivityTypeName)) {
        const bool byCode = !get(Field::ActivityTypeCode).isEmpty();
        const Field field = byCode ? Field::ActivityTypeCode : Field::ActivityTypeName;
        const QString value = get(field);
        a.activityTypeId = QUuid();
        if (!value.isEmpty())
            a.activityTypeId
                = uuidOf(resolve(ValueKind::ActivityType, field, value, a.sectorId, {}));
    }
    if (has(Field::ProjectCode) || has(Field::ProjectName)) {
        const bool byCode = !get(Field::ProjectCode).isEmpty();
        const Field field = byCode ? Field::ProjectCode : Field::ProjectName;
        const QString value = get(field);
        a.projectId = QUuid();
        if (!value.isEmpty()) {
            ValueResolver::Hints hints;
            hints.name = get(Field::ProjectName);
            hints.acronym = get(Field::ProjectCode);
            hints.leadOrgId = a.implementingOrgId;
            hints.startDate = cells::date(get(Field::StartDate)).value_or(QString());
            a.projectId = uuidOf(resolve(ValueKind::Project, field, value, {}, hints));
        }
    }

    // Place: P-code first, then names.
    const PlaceMatch place = matchPlace(m_catalog, get);
    switch (place.outcome) {
    case PlaceMatch::Outcome::Found:
        a.adminPcode = place.pcode;
        break;
    case PlaceMatch::Outcome::NotGiven:
        if (!existing)
            a.adminPcode.clear();
        break;
    case PlaceMatch::Outcome::Unknown: {
        // Only a choice (given or remembered) names a place the gazetteer lookup missed: a bare
        // name search could find a namesake in another governorate.
        a.adminPcode.clear();
        const auto outcome = m_resolver->resolvePlace(place.value);
        if (outcome.kind == ValueResolver::Outcome::Kind::Found) {
            a.adminPcode = outcome.key;
        } else if (outcome.kind == ValueResolver::Outcome::Kind::Skip) {
            if (!out.skipped) {
                out.skipped = true;
                out.skippedBecause
                    = tr("%1 “%2”").arg(valueKindLabel(ValueKind::Place), place.value);
            }
        } else {
            QStringList keys;
            for (const QString& candidate : place.candidates) {
                const qsizetype open = candidate.lastIndexOf(u'(');
                keys << (open >= 0 ? candidate.mid(open + 1).chopped(1) : QString());
            }
            issues.unmatched(ValueKind::Place, place.field, place.value, place.candidates, keys);
        }
        break;
    }
    case PlaceMatch::Outcome::Ambiguous:
        issues.error(QStringLiteral("ambiguous-place"), place.field, place.value,
            tr("%1 “%2” names %3 places (%4); add the P-code or the governorate.")
                .arg(fieldLabel(place.field), place.value)
                .arg(place.candidates.size())
                .arg(place.candidates.join(QStringLiteral(", "))));
        a.adminPcode.clear();
        break;
    }

    // Plain text and sensitive fields.
    const bool keepHidden = existing && base.sensitive;
    const auto text = [&](Field field, QString& target, bool strippedWhenSensitive) {
        if (!has(field))
            return;
        const QString value = get(field);
        if (value.isEmpty() && strippedWhenSensitive && keepHidden)
            return;
        target = value;
    };
    text(Field::LocName, a.siteName, true);
    text(Field::ContactName, a.contactName, true);
    text(Field::ContactEmail, a.contactEmail, true);
    text(Field::ContactPhone, a.contactPhone, true);
    text(Field::Comments, a.comments, false);
    if (has(Field::Currency)) {
        const QString currency = get(Field::Currency).toUpper();
        a.currency = currency.isEmpty() ? QStringLiteral("USD") : currency;
    }

    const auto coordinate = [&](Field field, std::optional<double>& target) {
        if (!has(field))
            return;
        const QString value = get(field);
        if (value.isEmpty()) {
            if (!keepHidden)
                target.reset();
            return;
        }
        target = cells::real(value);
        if (!target)
            issues.error(QStringLiteral("bad-number"), field, value,
                tr("%1 “%2” is not a number.").arg(fieldLabel(field), value));
    };
    coordinate(Field::Latitude, a.latitude);
    coordinate(Field::Longitude, a.longitude);

    const auto countField = [&](Field field, std::optional<qint64>& target) {
        if (!has(field))
            return;
        const QString value = get(field);
        target = value.isEmpty() ? std::nullopt : cells::count(value);
        if (!value.isEmpty() && !target)
            issues.error(QStringLiteral("bad-count"), field, value,
                tr("%1 “%2” is not a whole number of people.").arg(fieldLabel(field), value));
    };
    const auto anyOf = [&](std::initializer_list<Field> fields) {
        for (Field field : fields) {
            if (has(field))
                return true;
        }
        return false;
    };
    const bool targetedBreakdown = anyOf({ Field::TargetedGirls, Field::TargetedBoys,
        Field::TargetedWomen, Field::TargetedMen, Field::TargetedElderlyWomen,
        Field::TargetedElderlyMen, Field::TargetedFemale, Field::TargetedMale });
    const bool reachedBreakdown = anyOf({ Field::ReachedGirls, Field::ReachedBoys,
        Field::ReachedWomen, Field::ReachedMen, Field::ReachedElderlyWomen,
        Field::ReachedElderlyMen, Field::ReachedFemale, Field::ReachedMale });
    if (has(Field::Targeted))
        countField(Field::Targeted, a.targeted);
    else if (targetedBreakdown)
        a.targeted.reset(); // derived again from the breakdown
    if (has(Field::Reached))
        countField(Field::Reached, a.reached);
    else if (reachedBreakdown)
        a.reached.reset();
    countField(Field::TargetedGirls, a.targetedGirls);
    countField(Field::TargetedBoys, a.targetedBoys);
    countField(Field::TargetedWomen, a.targetedWomen);
    countField(Field::TargetedMen, a.targetedMen);
    countField(Field::TargetedElderlyWomen, a.targetedElderlyWomen);
    countField(Field::TargetedElderlyMen, a.targetedElderlyMen);
    countField(Field::ReachedGirls, a.reachedGirls);
    countField(Field::ReachedBoys, a.reachedBoys);
    countField(Field::ReachedWomen, a.reachedWomen);
    countField(Field::ReachedMen, a.reachedMen);
    countField(Field::ReachedElderlyWomen, a.reachedElderlyWomen);
    countField(Field::ReachedElderlyMen, a.reachedElderlyMen);
    counts(cells, out, row);
    countField(Field::Households, a.households);

    const auto amountField = [&](Field field, std::optional<double>& target) {
        if (!has(field))
            return;
        const QString value = get(field);
        target = value.isEmpty() ? std::nullopt : cells::amount(value);
        if (!value.isEmpty() && !target)
            issues.error(QStringLiteral("bad-amount"), field, value,
                tr("%1 “%2” is not an amount.").arg(fieldLabel(field), value));
    };
    amountField(Field::Budget, a.budget);
    amountField(Field::TransferValue, a.transferValue);

    // Dates.
    if (has(Field::StartDate)) {
        const QString value = get(Field::StartDate);
        const auto parsed = cells::date(value);
        a.startDate = parsed.value_or(QString());
        if (!value.isEmpty() && !parsed)
            issues.error(QStringLiteral("bad-date"), Field::StartDate, value,
                tr("%1 “%2” is not a date (write 2026-10-31 or 31/10/2026).")
                    .arg(fieldLabel(Field::StartDate), value));
    }
    if (has(Field::EndDate)) {
        const QString value = get(Field::EndDate);
        const auto parsed = cells::date(value);
        a.endDate = parsed.value_or(QString());
        if (!value.isEmpty() && !parsed)
            issues.error(QStringLiteral("bad-date"), Field::EndDate, value,
                tr("%1 “%2” is not a date (write 2026-10-31 or 31/10/2026).")
                    .arg(fieldLabel(Field::EndDate), value));
    }
    if (has(Field::ReportingMonth) && !get(Field::ReportingMonth).isEmpty()) {
        const QString value = get(Field::ReportingMonth);
        auto parsed = cells::month(value);
        if (!parsed)
            parsed = monthInText(value); // "أيلول ٢٠٢٦", "Sep 2026"
        a.reportingMonth = parsed.value_or(QString());
        if (!parsed)
            issues.error(QStringLiteral("bad-month"), Field::ReportingMonth, value,
                tr("%1 “%2” is not a month (write 2026-10).")
                    .arg(fieldLabel(Field::ReportingMonth), value));
    } else if (!m_fileMonth.isEmpty()) {
        a.reportingMonth = m_fileMonth;
    } else if (has(Field::ReportingMonth)) {
        a.reportingMonth.clear();
    }

    // Vocabularies: codes, English or Arabic labels and the usual synonyms.
    const auto term = [&](Field field, Vocabulary vocabulary, QString& target) {
        if (!has(field))
            return;
        const QString value = get(field);
        if (value.isEmpty()) {
            if (!existing)
                issues.warning(QStringLiteral("default-value"), field, target,
                    tr("%1 is empty; “%2” is assumed.")
                        .arg(fieldLabel(field), termLabel(vocabulary, target, Language::English)));
            return;
        }
        const ValueKind kind = vocabulary == Vocabulary::Status ? ValueKind::Status
            : vocabulary == Vocabulary::Modality                ? ValueKind::Modality
                                                                : ValueKind::PopulationGroup;
        const QString code = resolve(kind, field, value, {}, {});
        if (!code.isEmpty())
            target = code;
    };
    term(Field::Status, Vocabulary::Status, a.status);
    term(Field::Modality, Vocabulary::Modality, a.modality);
    term(Field::PopulationGroup, Vocabulary::PopulationGroup, a.populationGroup);
    if (out.skipped) { // left out by choice: its other problems do not matter
        out.issues.clear();
        out.unmatched.clear();
    }
    return out;
}

// People by sex: totals derived from the breakdown when missing, and a breakdown that does
// not add up to its total is a row warning (decisions 0057, 0064). The same for people
// targeted and people reached; an all-ages-by-sex column checks the age cells of its sex.
void RowMapper::counts(const QStringList& cells, Mapped& out, int row) const
{
    Activity& a = out.activity;
    RowIssues issues { row, out };
    const auto number = [&](Field field) -> std::optional<qint64> {
        if (!m_layout.has(field))
            return std::nullopt;
        const QString value = cell(cells, field);
        if (value.isEmpty())
            return std::nullopt;
        const auto n = cells::count(value);
        if (!n)
            issues.error(QStringLiteral("bad-count"), field, value,
                tr("%1 “%2” is not a whole number of people.").arg(fieldLabel(field), value));
        return n;
    };
    const auto disagree = [&](Field field, qint64 total, qint64 parts, const QString& partsText) {
        issues.warning(QStringLiteral("breakdown-disagrees"), field, QString::number(total),
            tr("%1 is %2, but %3 add up to %4; please check the row.")
                .arg(fieldLabel(field))
                .arg(total)
                .arg(partsText)
                .arg(parts));
    };
    const auto sum
        = [](std::initializer_list<std::optional<qint64>> parts) -> std::optional<qint64> {
        qint64 total = 0;
        for (const auto& p : parts) {
            if (!p)
                return std::nullopt;
            total += *p;
        }
        return total;
    };

    struct Side {
        Field total, female, male;
        std::optional<qint64>& value;
        people::Cells cells;
    };
    const Side sides[] = {
        { Field::Reached, Field::ReachedFemale, Field::ReachedMale, a.reached,
            people::reachedCells(a) },
        { Field::Targeted, Field::TargetedFemale, Field::TargetedMale, a.targeted,
            people::targetedCells(a) },
    };
    for (const Side& side : sides) {
        const people::Cells& c = side.cells;
        const auto female = number(side.female);
        const auto male = number(side.male);
        if (female) {
            if (const auto ages = sum({ c[0], c[2], c[4] }); ages && *ages != *female)
                disagree(side.female, *female, *ages, tr("girls, women and elderly women"));
        }
        if (male) {
            if (const auto ages = sum({ c[1], c[3], c[5] }); ages && *ages != *male)
                disagree(side.male, *male, *ages, tr("boys, men and elderly men"));
        }
        if (female && male) {
            if (!side.value)
                side.value = *female + *male;
            else if (*side.value != *female + *male)
                disagree(side.total, *side.value, *female + *male, tr("women and men"));
        } else if (!side.value) {
            side.value = people::sumOfGiven(c);
        } else if (people::disagrees(side.value, c)) {
            disagree(
                side.total, *side.value, *people::sumOfGiven(c), tr("the six sex and age groups"));
        }
    }
}

} // namespace tansiq::interop
