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

} // namespace

void Validators::place(Issues& issues, const QString& field, const QString& pcode) const
{
    FieldChecks checks(issues);
    if (pcode.isEmpty()) {
        checks.error(QStringLiteral("required"), field, pcode, tr("%1 is required.").arg(field));
    } else if (!m_refs.adminLevel(pcode)) {
        checks.error(QStringLiteral("unknown-pcode"), field, pcode,
            tr("%1 “%2” is not in the gazetteer.").arg(field, pcode));
    }
}

void Validators::organisation(
    Issues& issues, const QString& field, const QUuid& id, bool required) const
{
    FieldChecks checks(issues);
    if (id.isNull()) {
        if (required)
            checks.error(
                QStringLiteral("required"), field, QString(), tr("%1 is required.").arg(field));
    } else if (!m_refs.organisationExists(id)) {
        checks.error(QStringLiteral("unknown-organisation"), field, uuidText(id),
            tr("%1 “%2” is not a known organisation.").arg(field, uuidText(id)));
    }
}

void Validators::sector(Issues& issues, const QUuid& id) const
{
    FieldChecks checks(issues);
    const QString field = tr("sector");
    if (id.isNull())
        checks.error(
            QStringLiteral("required"), field, QString(), tr("%1 is required.").arg(field));
    else if (!m_refs.sectorExists(id))
        checks.error(QStringLiteral("unknown-sector"), field, uuidText(id),
            tr("%1 “%2” is not a known sector.").arg(field, uuidText(id)));
}

Issues Validators::check(const Organisation& org) const
{
    Issues issues;
    FieldChecks checks(issues);
    // At least one name, Arabic or English: English is not required of a national NGO, and an
    // acronym is not required of anyone (issue 14 item 4, issue 15).
    checks.text(tr("acronym"), org.acronym, false, 40);
    checks.text(tr("English name"), org.nameEn, false);
    checks.text(tr("Arabic name"), org.nameAr, false);
    if (org.nameEn.trimmed().isEmpty() && org.nameAr.trimmed().isEmpty())
        checks.error(QStringLiteral("name-required"), tr("Arabic name"), QString(),
            tr("An organisation needs a name: give its Arabic name, its English name "
               "or both."));
    checks.term(tr("organisation type"), Vocabulary::OrgType, org.type);
    checks.text(tr("registration number"), org.registrationNo, false, 60);
    checks.text(tr("contact name"), org.contactName, false);
    checks.text(tr("contact email"), org.contactEmail, false);
    checks.text(tr("contact phone"), org.contactPhone, false, 60);
    checks.email(tr("contact email"), org.contactEmail);
    checks.phone(tr("contact phone"), org.contactPhone);
    return issues;
}

Issues Validators::check(const PartnerRegistration& r) const
{
    Issues issues;
    FieldChecks checks(issues);
    organisation(issues, tr("organisation"), r.orgId, true);
    checks.term(tr("registration authority"), registrationTerms(RegistrationVocabulary::Authority),
        r.authority);
    checks.text(tr("authority name"), r.authorityName.trimmed(), r.authority == u"other", 200);
    checks.text(tr("registration number"), r.number.trimmed(), r.status != u"pending", 60);
    checks.period(tr("registration date"), r.registeredOn.trimmed(), tr("expiry date"),
        r.expiresOn.trimmed());
    checks.term(
        tr("registration status"), registrationTerms(RegistrationVocabulary::Status), r.status);
    return issues;
}

Issues Validators::check(const Project& project) const
{
    Issues issues;
    FieldChecks checks(issues);
    checks.text(tr("project code"), project.code, true, 60);
    checks.text(tr("English title"), project.titleEn, true);
    checks.text(tr("Arabic title"), project.titleAr, true);
    organisation(issues, tr("lead organisation"), project.leadOrgId, true);
    checks.period(tr("start date"), project.startDate, tr("end date"), project.endDate);
    checks.term(tr("status"), Vocabulary::Status, project.status);
    checks.amount(tr("budget"), project.budget);
    checks.currency(tr("currency"), project.currency);
    for (const ProjectPartner& partner : project.partners) {
        organisation(issues, tr("partner"), partner.orgId, true);
        checks.term(tr("partner role"), Vocabulary::PartnerRole, partner.role);
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
    const QString labels[] = { reached ? tr("girls reached") : tr("girls targeted"),
        reached ? tr("boys reached") : tr("boys targeted"),
        reached ? tr("women reached") : tr("women targeted"),
        reached ? tr("men reached") : tr("men targeted"),
        reached ? tr("elderly women reached") : tr("elderly women targeted"),
        reached ? tr("elderly men reached") : tr("elderly men targeted") };
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
    organisation(issues, tr("implementing organisation"), a.implementingOrgId, true);
    organisation(issues, tr("reporting organisation"), a.reportingOrgId, false);
    organisation(issues, tr("programming partner"), a.programmingOrgId, false);
    organisation(issues, tr("donor"), a.donorOrgId, false);
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
    place(issues, tr("place P-code"), a.adminPcode);
    checks.text(tr("site"), a.siteName, false);
    checks.coordinates(a.latitude, a.longitude);
    checks.period(tr("start date"), a.startDate, tr("end date"), a.endDate);
    checks.month(tr("reporting month"), a.reportingMonth);
    checks.term(tr("status"), Vocabulary::Status, a.status);
    checks.term(tr("modality"), Vocabulary::Modality, a.modality);
    checks.term(tr("population group"), Vocabulary::PopulationGroup, a.populationGroup);
    const bool targetedOk = checks.count(tr("people targeted"), a.targeted);
    const bool reachedOk = checks.count(tr("people reached"), a.reached);
    checks.count(tr("households"), a.households);
    breakdown(issues, a, false);
    breakdown(issues, a, true);
    checks.amount(tr("budget"), a.budget);
    checks.currency(tr("currency"), a.currency);
    checks.amount(tr("transfer value"), a.transferValue);
    checks.text(tr("contact name"), a.contactName, false);
    checks.text(tr("contact email"), a.contactEmail, false);
    checks.text(tr("contact phone"), a.contactPhone, false, 60);
    // Warnings only: a partner file's row is kept for an untidy contact.
    checks.email(tr("contact email"), a.contactEmail, Issue::Severity::Warning);
    checks.phone(tr("contact phone"), a.contactPhone, Issue::Severity::Warning);
    checks.text(tr("comments"), a.comments, false, 4000);
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
    place(issues, tr("place P-code"), need.adminPcode);
    sector(issues, need.sectorId);
    if (need.severity < 1 || need.severity > 5)
        checks.error(QStringLiteral("bad-severity"), tr("severity"), QString::number(need.severity),
            tr("%1 must be from 1 (minimal) to 5 (catastrophic), not %2.")
                .arg(tr("severity"))
                .arg(need.severity));
    checks.count(tr("people in need"), need.peopleInNeed);
    checks.text(tr("source"), need.source, false);
    checks.date(tr("assessment date"), need.assessedOn, true);
    return issues;
}

} // namespace tansiq
