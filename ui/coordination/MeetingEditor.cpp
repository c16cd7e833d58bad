#include "ui/coordination/MeetingEditor.h"

#include "core/browse/NeedBrowser.h"
#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/EditorForm.h"
#include "ui/common/FilterCombo.h"
#include "ui/common/PlacePicker.h"
#include "ui/coordination/CoordinationEdits.h"
#include "ui/registry/SectorCombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace tansiq::ui {

MeetingEditor::MeetingEditor(CoordinationEdits& edits, const DisplaySettings& display,
    std::optional<Meeting> existing, QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_record(existing.value_or(Meeting {}))
    , m_isNew(!existing.has_value())
{
    setObjectName(QStringLiteral("meetingEditor"));
    Registry& registry = edits.registry();
    m_tabs = new QTabWidget(this);

    // Details.
    m_form = new EditorForm(this);
    m_date = new QLineEdit(m_record.heldOn, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setPlaceholderText(QStringLiteral("2026-10-20"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("group"));
    m_group->addItem(QString(), QUuid());
    for (const WorkingGroup& g : CoordinationRegistry(registry).groups().list())
        m_group->addItem(display.pick(g.nameEn, g.nameAr), g.meta.id);
    m_group->setCurrentIndex(std::max(0, m_group->findData(m_record.groupId)));
    m_title = new QLineEdit(m_record.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_place = new PlacePicker(registry.reference().adminUnits(), display, this);
    m_place->setPcode(m_record.adminPcode);
    m_venue = new QLineEdit(m_record.venue, this);
    m_chair = new QLineEdit(m_record.chair, this);
    m_captions << m_form->addRow("meeting date", m_date) << m_form->addRow("working group", m_group)
               << m_form->addRow("meeting title", m_title)
               << m_form->addRow("place P-code", m_place) << m_form->addRow("venue", m_venue)
               << m_form->addRow("chair", m_chair);
    m_tabs->addTab(m_form, QString());

    // Attendance.
    m_attendance = new QListWidget(this);
    m_attendance->setObjectName(QStringLiteral("attendance"));
    for (const Organisation& org : registry.organisations().list()) {
        auto* item = new QListWidgetItem(
            org.acronym + QStringLiteral(" — ") + display.pick(org.nameEn, org.nameAr),
            m_attendance);
        item->setData(Qt::UserRole, org.meta.id);
        item->setCheckState(
            m_record.attendance.contains(org.meta.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_tabs->addTab(m_attendance, QString());

    // Agenda and minutes.
    auto* notes = new QWidget(this);
    m_agendaCaption = new QLabel(notes);
    m_agenda = new QPlainTextEdit(m_record.agenda, notes);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setMaximumHeight(90);
    m_minutesCaption = new QLabel(notes);
    m_minutes = new QTextEdit(notes);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setAcceptRichText(true);
    m_minutes->setHtml(m_record.minutes);
    m_bold = new QToolButton(notes);
    m_bold->setCheckable(true);
    m_italic = new QToolButton(notes);
    m_italic->setCheckable(true);
    m_list = new QToolButton(notes);
    connect(m_bold, &QToolButton::toggled, this,
        [this](bool on) { m_minutes->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    connect(
        m_italic, &QToolButton::toggled, this, [this](bool on) { m_minutes->setFontItalic(on); });
    connect(m_list, &QToolButton::clicked, this,
        [this] { m_minutes->textCursor().createList(QTextListFormat::ListDisc); });
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_minutesCaption);
    toolbar->addStretch();
    toolbar->addWidget(m_bold);
    toolbar->addWidget(m_italic);
    toolbar->addWidget(m_list);
    auto* notesLayout = new QVBoxLayout(notes);
    notesLayout->addWidget(m_agendaCaption);
    notesLayout->addWidget(m_agenda);
    notesLayout->addLayout(toolbar);
    notesLayout->addWidget(m_minutes, 1);
    m_tabs->addTab(notes, QString());

    m_tabs->addTab(buildDecisionsTab(display), QString());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    setMinimumSize(640, 520);
    retranslate();
}

QWidget* MeetingEditor::buildDecisionsTab(const DisplaySettings& display)
{
    Registry& registry = m_edits.registry();
    auto* decisions = new QWidget(this);
    m_decisions = new QListWidget(decisions);
    m_decisions->setObjectName(QStringLiteral("decisions"));
    for (const MeetingDecision& d : m_record.decisions)
        addDecision(d);
    m_addDecision = new QToolButton(decisions);
    m_removeDecision = new QToolButton(decisions);
    connect(m_addDecision, &QToolButton::clicked, this, [this] {
        addDecision(MeetingDecision {});
        m_decisions->setCurrentRow(m_decisions->count() - 1);
        m_decisions->editItem(m_decisions->item(m_decisions->count() - 1));
    });
    connect(m_removeDecision, &QToolButton::clicked, this,
        [this] { delete m_decisions->currentItem(); });
    auto* decisionButtons = new QHBoxLayout;
    decisionButtons->addWidget(m_addDecision);
    decisionButtons->addWidget(m_removeDecision);
    decisionButtons->addStretch();

    // What the selected decision is about: a sector, a place, a need (gap).
    m_aboutCaption = new QLabel(decisions);
    m_aboutCaption->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_decisionSector = new SectorCombo(registry.reference().sectors(), display, true, decisions);
    m_decisionSector->setObjectName(QStringLiteral("decisionSector"));
    m_decisionPlace = new PlacePicker(registry.reference().adminUnits(), display, decisions);
    m_decisionPlace->setObjectName(QStringLiteral("decisionPlace"));
    m_decisionPlace->setMaximumHeight(120);
    m_decisionNeed = new FilterCombo(decisions);
    m_decisionNeed->setObjectName(QStringLiteral("decisionNeed"));
    m_decisionNeed->addEntry(QString(), QUuid());
    for (const NeedRow& need : NeedBrowser::list(registry.database())) {
        const QString label = QStringLiteral("%1 — %2 (%3)")
                                  .arg(display.pick(need.sectorEn, need.sectorAr),
                                      display.pick(need.placeEn, need.placeAr),
                                      display.number(qint64(need.severity)));
        m_decisionNeed->addEntry(label, need.id,
            QStringList { need.sectorCode, need.sectorEn, need.sectorAr, need.placeEn, need.placeAr,
                need.pcode }
                .join(QLatin1Char(' ')));
    }
    auto* links = new QFormLayout;
    m_linkCaptions << new QLabel(decisions) << new QLabel(decisions) << new QLabel(decisions);
    links->addRow(m_linkCaptions.at(0), m_decisionSector);
    links->addRow(m_linkCaptions.at(1), m_decisionPlace);
    links->addRow(m_linkCaptions.at(2), m_decisionNeed);
    connect(m_decisions, &QListWidget::currentRowChanged, this, [this] { showDecisionLinks(); });
    connect(
        m_decisionSector, &QComboBox::currentIndexChanged, this, [this] { keepDecisionLinks(); });
    connect(m_decisionPlace, &PlacePicker::pcodeChanged, this, [this] { keepDecisionLinks(); });
    connect(m_decisionNeed, &QComboBox::currentIndexChanged, this, [this] { keepDecisionLinks(); });

    auto* layout = new QVBoxLayout(decisions);
    layout->addWidget(m_decisions, 1);
    layout->addLayout(decisionButtons);
    layout->addWidget(m_aboutCaption);
    layout->addLayout(links);
    if (m_decisions->count() > 0)
        m_decisions->setCurrentRow(0);
    showDecisionLinks();
    return decisions;
}

void MeetingEditor::addDecision(const MeetingDecision& decision)
{
    auto* item = new QListWidgetItem(decision.text, m_decisions);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(IdRole, decision.id);
    item->setData(SectorRole, decision.sectorId);
    item->setData(PlaceRole, decision.adminPcode);
    item->setData(NeedRole, decision.needId);
}

void MeetingEditor::showDecisionLinks()
{
    const QListWidgetItem* item = m_decisions->currentItem();
    m_showingLinks = true;
    m_decisionSector->setSectorId(item ? item->data(SectorRole).toUuid() : QUuid());
    m_decisionPlace->setPcode(item ? item->data(PlaceRole).toString() : QString());
    m_decisionNeed->setCurrentData(item ? item->data(NeedRole).toUuid() : QUuid());
    m_showingLinks = false;
    for (QWidget* w : { static_cast<QWidget*>(m_decisionSector),
             static_cast<QWidget*>(m_decisionPlace), static_cast<QWidget*>(m_decisionNeed) })
        w->setEnabled(item != nullptr);
}

void MeetingEditor::keepDecisionLinks()
{
    QListWidgetItem* item = m_decisions->currentItem();
    if (m_showingLinks || !item)
        return;
    item->setData(SectorRole, m_decisionSector->sectorId());
    item->setData(PlaceRole, m_decisionPlace->pcode());
    item->setData(NeedRole, m_decisionNeed->currentData().toUuid());
}

bool MeetingEditor::save()
{
    Meeting m = m_record;
    m.heldOn = m_date->text().trimmed();
    m.groupId = m_group->currentData().toUuid();
    m.title = m_title->text();
    m.adminPcode = m_place->pcode();
    m.venue = m_venue->text();
    m.chair = m_chair->text();
    m.agenda = m_agenda->toPlainText();
    m.minutes = m_minutes->document()->isEmpty() ? QString() : m_minutes->toHtml();
    m.attendance.clear();
    for (int i = 0; i < m_attendance->count(); ++i) {
        if (m_attendance->item(i)->checkState() == Qt::Checked)
            m.attendance << m_attendance->item(i)->data(Qt::UserRole).toUuid();
    }
    QList<MeetingDecision> decisions;
    for (int i = 0; i < m_decisions->count(); ++i) {
        const QListWidgetItem* item = m_decisions->item(i);
        if (item->text().trimmed().isEmpty())
            continue;
        MeetingDecision d;
        d.id = item->data(IdRole).toUuid();
        d.text = item->text();
        d.sectorId = item->data(SectorRole).toUuid();
        d.adminPcode = item->data(PlaceRole).toString();
        d.needId = item->data(NeedRole).toUuid();
        decisions << d;
    }
    m.decisions = decisions;
    Issues issues;
    bool saved = false;
    if (m_isNew) {
        const Result<QUuid> created = m_edits.create(m);
        saved = created.ok();
        issues = created.issues();
    } else {
        const Status updated = m_edits.update(m);
        saved = updated.ok();
        issues = updated.issues();
    }
    m_form->showIssues(issues);
    if (!saved)
        m_tabs->setCurrentIndex(0);
    if (saved)
        accept();
    return saved;
}

void MeetingEditor::retranslate()
{
    setWindowTitle(m_isNew ? tr("New meeting") : tr("Edit meeting"));
    const QStringList captions { tr("Date"), tr("Working group (empty: general coordination)"),
        tr("Title"), tr("Place"), tr("Venue"), tr("Chair") };
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Attendance"));
    m_tabs->setTabText(2, tr("Agenda and minutes"));
    m_tabs->setTabText(3, tr("Decisions"));
    m_agendaCaption->setText(tr("Agenda"));
    m_minutesCaption->setText(tr("Minutes"));
    m_bold->setText(tr("Bold"));
    m_italic->setText(tr("Italic"));
    m_list->setText(tr("List"));
    m_addDecision->setText(tr("Add decision"));
    m_removeDecision->setText(tr("Remove decision"));
    m_aboutCaption->setText(tr("What the selected decision is about (optional)"));
    m_linkCaptions.at(0)->setText(tr("Sector"));
    m_linkCaptions.at(1)->setText(tr("Place"));
    m_linkCaptions.at(2)->setText(tr("Need (gap)"));
}

} // namespace tansiq::ui
