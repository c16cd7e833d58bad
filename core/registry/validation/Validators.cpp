#include "core/registry/validation/Validators.h"

#include "core/registry/PeopleBreakdown.h"
#include "core/registry/References.h"
#include "core/registry/RegistrationTerms.h"
#include "core/registry/validation/FieldChecks.h"

namespace tansiq {

namespace {
QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A field's name in this class's translations (marked with QT_TR_NOOP), translated only when
// an issue names it.
FieldName name(const char* source)
{
    return FieldName("tansiq::Validators", source);
}

} // namespace

void Validators::place(Issues& issues, const FieldName& field, const QString& pcode) const
{
    FieldChecks checks(issues);
    if (pcode.isEmpty()) {
        checks.error(QStringLiteral("required"), field.text(), pcode,
            tr("%1 is required.").arg(field.text()));
    } else if (!m_refs.adminLevel(pcode)) {
        checks.error(QStringLiteral("unknown-pcode"), field.text(), pcode,
            tr("%1 “%2” is not in the gazetteer.").arg(field.text(), pcode));
    }
}

void Validators::organisation(
    Issues& issues, const FieldName& field, const QUuid& id, bool required) const
{
    FieldChecks checks(issues);
    if (id.isNull()) {
        if (required)
            checks.error(QStringLiteral("required"), field.text(), QString(),
                tr("%1 is required.").arg(field.text()));
    } else if (!m_refs.organisationExists(id)) {
        checks.error(QStringLiteral("unknown-organisation"), field.text(), uuidText(id),
            tr("%1 “%2” is not a known organisation.").arg(field.text(), uuidText(id)));
    }
}

void Validators::sector(Issues& issues, const QUuid& id) const
{
    if (!id.isNull() && m_refs.sectorExists(id))
        return;
    FieldChecks checks(issues);
    const QString field = tr("sector");
    if (id.isNull())
        checks.error(
            QStringLiteral("required"), field, QString(), tr("%1 is required.").arg(field));
    else
        checks.error(QStringLiteral("unknown-sector"), field, uuidText(id),
            tr("%1 “%2” is not a known sector.").arg(field, uuidText(id)));
}

Issues Validators::check(const Organisation& org) const
{
    Issues issues;
    FieldChecks checks(issues);
    // At least one name, Arabic or English: English is not required of a national NGO, and an
    // acronym is not required of anyone (issue 14 item 4, issue 15).
    checks.text(name(QT_TR_NOOP("acronym")), org.acronym, false, 40);
    checks.text(name(QT_TR_NOOP("English name")), org.nameEn, false);
    checks.text(name(QT_TR_NOOP("Arabic name")), org.nameAr, false);
    if (org.nameEn.trimmed().isEmpty() && org.nameAr.trimmed().isEmpty())
        checks.error(QStringLiteral("name-required"), tr("Arabic name"), QString(),
            tr("An organisation needs a name: give its Arabic name, its English name "
               "or both."));
    checks.term(name(QT_TR_NOOP("organisation type")), Vocabulary::OrgType, org.type);
    checks.text(name(QT_TR_NOOP("registration number")), org.registrationNo, false, 60);
    checks.text(name(QT_TR_NOOP("contact name")), org.contactName, false);
    checks.text(name(QT_TR_NOOP("contact email")), org.contactEmail, false);
    checks.text(name(QT_TR_NOOP("contact phone")), org.contactPhone, false, 60);
    checks.email(name(QT_TR_NOOP("contact email")), org.contactEmail);
    checks.phone(name(QT_TR_NOOP("contact phone")), org.contactPhone);
    return issues;
}

Issues Validators::check(const PartnerRegistration& r) const
{
    Issues issues;
    FieldChecks checks(issues);
    organisation(issues, name(QT_TR_NOOP("organisation")), r.orgId, true);
    checks.term(name(QT_TR_NOOP("registration authority")),
        registrationTerms(RegistrationVocabulary::Authority), r.authority);
    checks.text(name(QT_TR_NOOP("authority name")), r.authorityName.trimmed(),
        r.authority == u"other", 200);
    checks.text(
        name(QT_TR_NOOP("registration number")), r.number.trimmed(), r.status != u"pending", 60);
    checks.period(name(QT_TR_NOOP("registration date")), r.registeredOn.trimmed(),
        name(QT_TR_NOOP("expiry date")), r.expiresOn.trimmed());
    checks.term(
        tr("registration status"), registrationTerms(RegistrationVocabulary::Status), r.status);
    return issues;
}

Issues Validators::check(const Project& project) const
{
    Issues issues;
    FieldChecks checks(issues);
    checks.text(name(QT_TR_NOOP("project code")), project.code, true, 60);
    checks.text(name(QT_TR_NOOP("English title")), project.titleEn, true);
    checks.text(name(QT_TR_NOOP("Arabic title")), project.titleAr, true);
    organisation(issues, name(QT_TR_NOOP("lead organisation")), project.leadOrgId, true);
    checks.period(name(QT_TR_NOOP("start date")), project.startDate, name(QT_TR_NOOP("end date")),
        project.endDate);
    checks.term(name(QT_TR_NOOP("status")), Vocabulary::Status, project.status);
    checks.amount(name(QT_TR_NOOP("budget")), project.budget);
    checks.currency(name(QT_TR_NOOP("currency")), project.currency);
    for (const ProjectPartner& partner : project.partners) {
        organisation(issues, name(QT_TR_NOOP("partner")), partner.orgId, true);
        checks.term(name(QT_TR_NOOP("partner role")), Vocabulary::PartnerRole, partner.role);
    }
    for (const QUuid& sectorId : project.sectorIds)
        sector(issues, sectorId);
    return issues;
}

void Validators::complete(Activity& a)
{
    if (!a.reached)
        a.reached = people::sumOfGiven(people::reachedCells(a));
    if (!a.targeted)
        a.targeted = people::sumOfGiven(people::targetedCells(a));
    if (a.reportingOrgId.isNull())
        a.reportingOrgId = a.implementingOrgId;
}

void Validators::breakdown(Issues& issues, const Activity& a, bool reached) const
{
    FieldChecks checks(issues);
    const people::Cells cells = reached ? people::reachedCells(a) : people::targetedCells(a);
    const FieldName labels[] = {
        name(reached ? QT_TR_NOOP("girls reached") : QT_TR_NOOP("girls targeted")),
        name(reached ? QT_TR_NOOP("boys reached") : QT_TR_NOOP("boys targeted")),
        name(reached ? QT_TR_NOOP("women reached") : QT_TR_NOOP("women targeted")),
        name(reached ? QT_TR_NOOP("men reached") : QT_TR_NOOP("men targeted")),
        name(reached ? QT_TR_NOOP("elderly women reached") : QT_TR_NOOP("elderly women targeted")),
        name(reached ? QT_TR_NOOP("elderly men reached") : QT_TR_NOOP("elderly men targeted")),
    };
    bool allValid = true;
    for (int i = 0; i < people::kCellCount; ++i)
        allValid = checks.count(labels[i], cells[size_t(i)]) && allValid;
    const std::optional<qint64> total = reached ? a.reached : a.targeted;
    if (allValid && people::disagrees(total, cells)) {
        const QString field = reached ? tr("people reached") : tr("people targeted");
        checks.warning(QStringLiteral("breakdown-disagrees"), field, QString::number(*total),
            tr("%1 is %2, but the breakdown by sex and age adds up to %3; please "
               "check the figures.")
                .arg(field)
                .arg(*total)
                .arg(*people::sumOfGiven(cells)));
    }
}

Issues Validators::check(const Activity& a) const
{
    Issues issues;
    FieldChecks checks(issues);
    organisation(issues, name(QT_TR_NOOP("implementing organisation")), a.implementingOrgId, true);
    organisation(issues, name(QT_TR_NOOP("reporting organisation")), a.reportingOrgId, false);
    organisation(issues, name(QT_TR_NOOP("programming partner")), a.programmingOrgId, false);
    organisation(issues, name(QT_TR_NOOP("donor")), a.donorOrgId, false);
    if (!a.projectId.isNull() && !m_refs.projectExists(a.projectId))
        checks.error(QStringLiteral("unknown-project"), tr("project"), uuidText(a.projectId),
            tr("%1 “%2” is not a known project.").arg(tr("project"), uuidText(a.projectId)));
    sector(issues, a.sectorId);
    if (!a.activityTypeId.isNull()) {
        const auto typeSector = m_refs.sectorOfActivityType(a.activityTypeId);
        if (!typeSector)
            checks.error(QStringLiteral("unknown-activity-type"), tr("activity type"),
                uuidText(a.activityTypeId),
                tr("%1 “%2” is not a known activity type.")
                    .arg(tr("activity type"), uuidText(a.activityTypeId)));
        else if (*typeSector != a.sectorId)
            checks.error(QStringLiteral("activity-type-sector"), tr("activity type"),
                uuidText(a.activityTypeId),
                tr("The activity type does not belong to the chosen sector."));
    }
    place(issues, name(QT_TR_NOOP("place P-code")), a.adminPcode);
    checks.text(name(QT_TR_NOOP("site")), a.siteName, false);
    checks.coordinates(a.latitude, a.longitude);
    checks.period(
        name(QT_TR_NOOP("start date")), a.startDate, name(QT_TR_NOOP("end date")), a.endDate);
    checks.month(name(QT_TR_NOOP("reporting month")), a.reportingMonth);
    checks.term(name(QT_TR_NOOP("status")), Vocabulary::Status, a.status);
    checks.term(name(QT_TR_NOOP("modality")), Vocabulary::Modality, a.modality);
    checks.term(
        name(QT_TR_NOOP("population group")), Vocabulary::PopulationGroup, a.populationGroup);
    const bool targetedOk = checks.count(name(QT_TR_NOOP("people targeted")), a.targeted);
    const bool reachedOk = checks.count(name(QT_TR_NOOP("people reached")), a.reached);
    checks.count(name(QT_TR_NOOP("households")), a.households);
    breakdown(issues, a, false);
    breakdown(issues, a, true);
    checks.amount(name(QT_TR_NOOP("budget")), a.budget);
    checks.currency(name(QT_TR_NOOP("currency")), a.currency);
    checks.amount(name(QT_TR_NOOP("transfer value")), a.transferValue);
    checks.text(name(QT_TR_NOOP("contact name")), a.contactName, false);
    checks.text(name(QT_TR_NOOP("contact email")), a.contactEmail, false);
    checks.text(name(QT_TR_NOOP("contact phone")), a.contactPhone, false, 60);
    // Warnings only: a partner file's row is kept for an untidy contact.
    checks.email(name(QT_TR_NOOP("contact email")), a.contactEmail, Issue::Severity::Warning);
    checks.phone(name(QT_TR_NOOP("contact phone")), a.contactPhone, Issue::Severity::Warning);
    checks.text(name(QT_TR_NOOP("comments")), a.comments, false, 4000);
    if (targetedOk && reachedOk && a.targeted && a.reached && *a.reached > *a.targeted) {
        checks.warning(QStringLiteral("reached-above-target"), tr("people reached"),
            QString::number(*a.reached),
            tr("%1 people reached is more than the %2 targeted; please check the "
               "figures.")
                .arg(*a.reached)
                .arg(*a.targeted));
    }
    return issues;
}

Issues Validators::check(const Need& need) const
{
    Issues issues;
    FieldChecks checks(issues);
    place(issues, name(QT_TR_NOOP("place P-code")), need.adminPcode);
    sector(issues, need.sectorId);
    if (need.severity < 1 || need.severity > 5)
        checks.error(QStringLiteral("bad-severity"), tr("severity"), QString::number(need.severity),
            tr("%1 must be from 1 (minimal) to 5 (catastrophic), not %2.")
                .arg(tr("severity"))
                .arg(need.severity));
    checks.count(name(QT_TR_NOOP("people in need")), need.peopleInNeed);
    checks.text(name(QT_TR_NOOP("source")), need.source, false);
    checks.date(name(QT_TR_NOOP("assessment date")), need.assessedOn, true);
    return issues;
}

} // namespace tansiq
