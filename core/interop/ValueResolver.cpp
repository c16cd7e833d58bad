#include "core/interop/ValueResolver.h"

#include "core/common/Text.h"
#include "core/registry/Vocabulary.h"

#include <QCoreApplication>

namespace tansiq::interop {

namespace {

QString slotOf(ValueKind kind, const QString& value)
{
    return valueKindKey(kind) + QLatin1Char('\x1f') + text::foldForSearch(value);
}

bool hasArabic(const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x0600 && ch.unicode() <= 0x06FF)
            return true;
    }
    return false;
}

} // namespace

ValueResolver::ValueResolver(ReferenceCatalog& catalog, Options options)
    : m_catalog(catalog), m_options(std::move(options))
{
}

void ValueResolver::count(
    ValueKind kind, const QString& value, const ValueChoice& choice, AppliedChoice::Source source)
{
    const QString slot = slotOf(kind, value);
    const auto it = m_choiceIndex.constFind(slot);
    if (it != m_choiceIndex.cend()) {
        ++m_choices[it.value()].rows;
        return;
    }
    AppliedChoice applied;
    applied.kind = kind;
    applied.value = value;
    applied.choice = choice;
    applied.source = source;
    applied.rows = 1;
    if (choice.action != ValueChoice::Action::Skip)
        applied.targetDisplay = m_catalog.display(kind, choice.target);
    m_choiceIndex.insert(slot, int(m_choices.size()));
    m_choices << applied;
}

QString ValueResolver::create(ValueKind kind, const QString& value, const Hints& hints)
{
    const QString slot = slotOf(kind, value);
    if (const auto it = m_created.constFind(slot); it != m_created.cend())
        return it.value();
    QString key;
    if (kind == ValueKind::Organisation) {
        Organisation org;
        org.meta.id = QUuid::createUuid();
        const QString name = hints.name.isEmpty() ? value : hints.name;
        // The file's names, each in its own language: an Arabic-only file gives an Arabic name
        // and no English name or acronym (an organisation needs one name, either language).
        for (const QString& text : { name, value }) {
            QString& target = hasArabic(text) ? org.nameAr : org.nameEn;
            if (target.isEmpty())
                target = text.trimmed();
        }
        const QString acronym = !hints.acronym.isEmpty() ? hints.acronym
            : hasArabic(value)                           ? QString()
                                                         : value;
        org.acronym = hasArabic(acronym) ? QString() : acronym.left(40).trimmed();
        org.type = QStringLiteral("nngo");
        if (!hints.typeText.isEmpty()) {
            if (const auto type = matchTerm(Vocabulary::OrgType, hints.typeText))
                org.type = *type;
        }
        m_catalog.addPending(org);
        m_newOrgs << org;
        key = org.meta.id.toString(QUuid::WithoutBraces);
    } else if (kind == ValueKind::Project) {
        Project project;
        project.meta.id = QUuid::createUuid();
        project.code = (hints.acronym.isEmpty() ? value : hints.acronym).left(60).trimmed();
        const QString title = hints.name.isEmpty() ? value : hints.name;
        project.titleEn = title;
        project.titleAr = title;
        project.leadOrgId = hints.leadOrgId;
        project.startDate = hints.startDate;
        m_catalog.addPending(project);
        m_newProjects << project;
        key = project.meta.id.toString(QUuid::WithoutBraces);
    }
    m_created.insert(slot, key);
    return key;
}

ValueResolver::Outcome ValueResolver::resolve(
    ValueKind kind, const QString& value, const QUuid& sectorId, const Hints& hints, bool lookUp)
{
    const auto chosen
        = [&](const ValueChoice& choice, AppliedChoice::Source source) -> std::optional<Outcome> {
        ValueChoice applied = choice;
        switch (choice.action) {
        case ValueChoice::Action::Skip:
            count(kind, value, applied, source);
            return Outcome { Outcome::Kind::Skip, {}, 0 };
        case ValueChoice::Action::Create:
            if (kind != ValueKind::Organisation && kind != ValueKind::Project)
                return std::nullopt;
            applied.target = create(kind, value, hints);
            count(kind, value, applied, source);
            return Outcome { Outcome::Kind::Found, applied.target, 0 };
        case ValueChoice::Action::Map: {
            const QString slot = slotOf(kind, value) + QLatin1Char('\x1e') + choice.target;
            auto it = m_resolvedTargets.constFind(slot);
            if (it == m_resolvedTargets.cend()) {
                const QString key = m_catalog.resolve(kind, choice.target);
                it = m_resolvedTargets.insert(slot, key);
                if (key.isEmpty() && source == AppliedChoice::Source::Given) {
                    m_issues << Issue::error(QStringLiteral("bad-value-choice"),
                        valueKindLabel(kind), choice.target,
                        tr("The choice for %1 “%2” names “%3”, which is not a known %1.")
                            .arg(valueKindLabel(kind), value, choice.target));
                }
            }
            if (it.value().isEmpty())
                return std::nullopt;
            applied.target = it.value();
            count(kind, value, applied, source);
            return Outcome { Outcome::Kind::Found, applied.target, 0 };
        }
        }
        return std::nullopt;
    };

    if (const ValueChoice* given = m_options.given.find(kind, value)) {
        if (const auto outcome = chosen(*given, AppliedChoice::Source::Given))
            return *outcome;
    }
    const QStringList found = lookUp ? m_catalog.find(kind, value, sectorId) : QStringList();
    if (found.size() == 1)
        return Outcome { Outcome::Kind::Found, found.first(), 0 };
    if (found.size() > 1)
        return Outcome { Outcome::Kind::Ambiguous, {}, int(found.size()) };
    if (const ValueChoice* remembered = m_options.remembered.find(kind, value)) {
        if (const auto outcome = chosen(*remembered, AppliedChoice::Source::Remembered))
            return *outcome;
    }
    if (kind == ValueKind::Organisation && hints.implementing && m_options.createImplementing) {
        ValueChoice create;
        create.action = ValueChoice::Action::Create;
        if (const auto outcome = chosen(create, AppliedChoice::Source::CreateOption))
            return *outcome;
    }
    return Outcome {};
}

void ValueResolver::fill(ImportPlan& plan) const
{
    plan.choices = m_choices;
    plan.newOrganisations = m_newOrgs;
    plan.newProjects = m_newProjects;
    ValueMap remember;
    for (const AppliedChoice& c : m_choices) {
        if (c.source == AppliedChoice::Source::Remembered)
            continue;
        ValueChoice choice = c.choice;
        if (choice.action == ValueChoice::Action::Create)
            choice.action = ValueChoice::Action::Map; // remembered as what it became
        remember.set(c.kind, c.value, choice);
    }
    plan.remember = remember;
}

} // namespace tansiq::interop
