#include "RowMapper.h"

#include "CellParsing.h"
#include "PlaceMatcher.h"
#include "common/Text.h"

#include <QCoreApplication>

namespace tansiq::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tansiq::interop::RowMapper", text);
}

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
    void unmatched(const QString& kind, Field field, const QString& value, const QStringList& suggestions)
    {
        out.unmatched << Unmatched{kind, value, 1, suggestions};
        const QString hint = suggestions.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("Closest: %1.").arg(suggestions.join(QStringLiteral("; ")));
        error(QStringLiteral("unmatched-") + QString(kind).replace(u' ', u'-'), field, value,
              tr("%1 “%2” is not known.").arg(fieldLabel(field), value) + hint);
    }
};

QUuid uuidOf(const QString& key)
{
    return QUuid::fromString(key);
}

}  // namespace

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

std::optional<QString> RowMapper::term(Vocabulary vocabulary, const QString& text) const
{
    auto& cache = m_terms[int(vocabulary)];
    const auto it = cache.constFind(text);
    if (it != cache.cend())
        return it.value();
    const std::optional<QString> code = matchTerm(vocabulary, text);
    cache.insert(text, code);
    return code;
}

QUuid RowMapper::naturalId(const Activity& a)
{
    const QStringList parts = {
        a.implementingOrgId.toString(QUuid::WithoutBraces), a.sectorId.toString(QUuid::WithoutBraces),
        a.activityTypeId.toString(QUuid::WithoutBraces), a.adminPcode, text::foldForSearch(a.siteName),
        a.populationGroup, a.startDate, a.reportingMonth};
    return QUuid::createUuidV5(kNaturalIdNamespace, QStringLiteral("4w-row|") + parts.join(u'|'));
}

RowMapper::Mapped RowMapper::map(const QStringList& cells, int row, const Activity& base,
                                 bool existing) const
{
    Mapped out;
    out.activity = base;
    Activity& a = out.activity;
    RowIssues issues{row, out};
    const auto has = [&](Field f) { return m_layout.has(f); };
    const auto get = [&](Field f) { return cell(cells, f); };

    // An organisation by acronym, name or id: exactly one must match.
    const auto organisation = [&](Field field, const QString& value) -> QUuid {
        const QStringList found = m_catalog.findOrganisations(value);
        if (found.size() == 1)
            return uuidOf(found.first());
        if (found.isEmpty())
            issues.unmatched(QStringLiteral("organisation"), field, value, m_catalog.suggestOrganisations(value));
        else
            issues.error(QStringLiteral("ambiguous-organisation"), field, value,
                         tr("%1 “%2” matches %3 organisations; use the acronym.")
                             .arg(fieldLabel(field), value).arg(found.size()));
        return QUuid();
    };
    const auto optionalOrg = [&](Field field, QUuid& target) {
        if (!has(field))
            return;
        const QString value = get(field);
        target = value.isEmpty() ? QUuid() : organisation(field, value);
    };

    // Implementing organisation: acronym/id column, then name, then the partner.
    if (const QString id = get(Field::ImplOrgId); !id.isEmpty())
        a.implementingOrgId = organisation(Field::ImplOrgId, id);
    else if (const QString name = get(Field::ImplOrgName); !name.isEmpty())
        a.implementingOrgId = organisation(Field::ImplOrgName, name);
    else if (!m_partnerId.isNull())
        a.implementingOrgId = m_partnerId;
    optionalOrg(Field::ReportingOrgName, a.reportingOrgId);
    if (!has(Field::ReportingOrgName) && !existing && !m_partnerId.isNull())
        a.reportingOrgId = m_partnerId;
    optionalOrg(Field::ProgOrgName, a.programmingOrgId);
    optionalOrg(Field::DonorName, a.donorOrgId);

    // Sector and activity type.
    const QString sectorText = !get(Field::SectorCode).isEmpty() ? get(Field::SectorCode) : get(Field::SectorName);
    const Field sectorField = !get(Field::SectorCode).isEmpty() ? Field::SectorCode : Field::SectorName;
    if (!sectorText.isEmpty()) {
        const QStringList found = m_catalog.findSectors(sectorText);
        if (found.size() == 1)
            a.sectorId = uuidOf(found.first());
        else
            issues.unmatched(QStringLiteral("sector"), sectorField, sectorText, m_catalog.suggestSectors(sectorText));
    } else if (has(Field::SectorCode) || has(Field::SectorName)) {
        a.sectorId = QUuid();
    }
    if (has(Field::ActivityTypeCode) || has(Field::ActivityTypeName)) {
        const bool byCode = !get(Field::ActivityTypeCode).isEmpty();
        const Field field = byCode ? Field::ActivityTypeCode : Field::ActivityTypeName;
        const QString value = get(field);
        a.activityTypeId = QUuid();
        if (!value.isEmpty()) {
            QStringList found = m_catalog.findActivityTypes(value, a.sectorId);
            if (found.size() == 1)
                a.activityTypeId = uuidOf(found.first());
            else
                issues.unmatched(QStringLiteral("activity type"), field, value,
                                 m_catalog.suggestActivityTypes(value, a.sectorId));
        }
    }
    if (has(Field::ProjectCode) || has(Field::ProjectName)) {
        const bool byCode = !get(Field::ProjectCode).isEmpty();
        const Field field = byCode ? Field::ProjectCode : Field::ProjectName;
        const QString value = get(field);
        a.projectId = QUuid();
        if (!value.isEmpty()) {
            const QStringList found = m_catalog.findProjects(value);
            if (found.size() == 1)
                a.projectId = uuidOf(found.first());
            else
                issues.unmatched(QStringLiteral("project"), field, value, {});
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
    case PlaceMatch::Outcome::Unknown:
        issues.unmatched(QStringLiteral("place"), place.field, place.value, place.candidates);
        a.adminPcode.clear();
        break;
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
    countField(Field::Targeted, a.targeted);
    const bool breakdownGiven = has(Field::ReachedGirls) || has(Field::ReachedBoys) || has(Field::ReachedWomen)
                                || has(Field::ReachedMen) || has(Field::ReachedElderlyWomen) || has(Field::ReachedElderlyMen);
    if (has(Field::Reached))
        countField(Field::Reached, a.reached);
    else if (breakdownGiven)
        a.reached.reset();  // derived again from the breakdown
    countField(Field::ReachedGirls, a.reachedGirls);
    countField(Field::ReachedBoys, a.reachedBoys);
    countField(Field::ReachedWomen, a.reachedWomen);
    countField(Field::ReachedMen, a.reachedMen);
    countField(Field::ReachedElderlyWomen, a.reachedElderlyWomen);
    countField(Field::ReachedElderlyMen, a.reachedElderlyMen);
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
    if (has(Field::ReportingMonth)) {
        const QString value = get(Field::ReportingMonth);
        const auto parsed = cells::month(value);
        a.reportingMonth = parsed.value_or(QString());
        if (!value.isEmpty() && !parsed)
            issues.error(QStringLiteral("bad-month"), Field::ReportingMonth, value,
                         tr("%1 “%2” is not a month (write 2026-10).")
                             .arg(fieldLabel(Field::ReportingMonth), value));
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
        if (const auto code = this->term(vocabulary, value)) {
            target = *code;
            return;
        }
        QStringList known;
        for (const Term& t : terms(vocabulary))
            known << t.nameEn;
        issues.error(QStringLiteral("unknown-term"), field, value,
                     tr("%1 “%2” is not one of: %3.").arg(fieldLabel(field), value, known.join(QStringLiteral(", "))));
    };
    term(Field::Status, Vocabulary::Status, a.status);
    term(Field::Modality, Vocabulary::Modality, a.modality);
    term(Field::PopulationGroup, Vocabulary::PopulationGroup, a.populationGroup);
    return out;
}

}  // namespace tansiq::interop
