#include "ui/registry/RegistrationFollowUp.h"

#include "core/browse/RegistrationLabels.h"
#include "ui/common/DisplaySettings.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tansiq::ui {

RegistrationFollowUp::RegistrationFollowUp(const DisplaySettings& display, QWidget* parent)
    : QWidget(parent), m_display(display)
{
    setObjectName(QStringLiteral("registrationFollowUp"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("followUpTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("followUpList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(150);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit organisationActivated(item->data(0, Qt::UserRole).toUuid());
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    retranslate();
}

void RegistrationFollowUp::setStandings(const QList<browse::OrganisationStanding>& standings)
{
    m_rows.clear();
    for (const browse::OrganisationStanding& s : standings) {
        if (s.active && s.flagged())
            m_rows << s;
    }
    // Expired and expiring first, soonest first; then the rest, worst first.
    auto dated = [](const browse::OrganisationStanding& s) {
        return s.standing == browse::RegistrationStanding::Expired
            || s.standing == browse::RegistrationStanding::Expiring;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const auto& a, const auto& b) {
        if (dated(a) != dated(b))
            return dated(a);
        if (dated(a))
            return a.daysLeft.value_or(0) < b.daysLeft.value_or(0);
        return int(a.standing) < int(b.standing);
    });
    fill();
}

void RegistrationFollowUp::fill()
{
    m_list->clear();
    const Language language = m_display.isArabic() ? Language::Arabic : Language::English;
    for (const browse::OrganisationStanding& s : std::as_const(m_rows)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, s.orgId);
        item->setText(0, s.acronym + QStringLiteral(" — ") + m_display.pick(s.nameEn, s.nameAr));
        item->setText(1, browse::standingLabel(s.standing, language));
        item->setText(2, m_display.digitsOf(browse::standingDetail(s, language)));
        item->setToolTip(2, item->text(2));
        const bool serious = s.standing != browse::RegistrationStanding::Expiring
            && s.standing != browse::RegistrationStanding::Pending;
        item->setIcon(1,
            QApplication::style()->standardIcon(
                serious ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_title->setText(m_rows.isEmpty()
            ? tr("Registrations to follow up: none. Every active partner has a current "
                 "registration.")
            : tr("Registrations to follow up (expired, expiring within 60 days, or "
                 "missing): %1")
                  .arg(m_display.number(m_rows.size())));
    m_list->setVisible(!m_rows.isEmpty());
}

void RegistrationFollowUp::retranslate()
{
    m_list->setHeaderLabels({ tr("Organisation"), tr("Registration"), tr("What to follow up") });
    fill();
}

} // namespace tansiq::ui
