#include "ui/registry/RegistrationRows.h"

#include "core/registry/RegistrationTerms.h"
#include "ui/common/EditorForm.h"
#include "ui/common/TermCombo.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {
enum Column { Authority, AuthorityName, Number, Date, Expiry, Status, Remove, ColumnCount };

QLineEdit* field(QWidget* parent, const QString& name, const QString& text, int width)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    if (width > 0)
        edit->setMinimumWidth(width);
    return edit;
}

// The fields core names in its messages about a registration (Validators' source texts).
const char* const kRegistrationFields[] = { "registration authority", "authority name",
    "registration number", "registration date", "expiry date", "registration status" };
} // namespace

RegistrationRows::RegistrationRows(const DisplaySettings& display, QWidget* parent)
    : QWidget(parent), m_display(display)
{
    setObjectName(QStringLiteral("registrations"));
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(4);
    for (int column = 0; column < Remove; ++column) {
        auto* header = new QLabel(this);
        header->setObjectName(QStringLiteral("registrationHeader%1").arg(column));
        m_headers << header;
        m_grid->addWidget(header, 0, column);
    }
    m_grid->setColumnStretch(AuthorityName, 2);
    m_grid->setColumnStretch(Number, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noRegistration"));
    m_empty->setWordWrap(true);
    m_messages = new QLabel(this);
    m_messages->setObjectName(QStringLiteral("registrationMessages"));
    m_messages->setWordWrap(true);
    m_messages->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_messages->setVisible(false);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addRegistration"));
    connect(m_add, &QPushButton::clicked, this, &RegistrationRows::addRegistration);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(m_empty);
    layout->addWidget(m_messages);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    retranslate();
    relayout();
}

void RegistrationRows::setRegistrations(const QList<PartnerRegistration>& registrations)
{
    while (!m_lines.isEmpty())
        removeRegistration(int(m_lines.size()) - 1);
    for (const PartnerRegistration& r : registrations)
        addLine(r);
    relayout();
}

void RegistrationRows::addRegistration()
{
    PartnerRegistration r;
    if (m_lines.isEmpty())
        r.number = m_suggestedNumber;
    addLine(r);
    relayout();
    m_lines.last().number->setFocus();
}

void RegistrationRows::addLine(const PartnerRegistration& r)
{
    Line line;
    line.id = r.meta.id;
    const int index = int(m_lines.size());
    const QString suffix = QString::number(index);
    line.authority
        = new TermCombo(registrationTerms(RegistrationVocabulary::Authority), m_display, this);
    line.authority->setObjectName(QStringLiteral("authority") + suffix);
    line.authority->setCode(r.authority);
    line.authorityName
        = field(this, QStringLiteral("authorityName") + suffix, r.authorityName, 120);
    line.number = field(this, QStringLiteral("registrationNumber") + suffix, r.number, 80);
    line.date = field(this, QStringLiteral("registrationDate") + suffix, r.registeredOn, 90);
    line.expiry = field(this, QStringLiteral("expiryDate") + suffix, r.expiresOn, 90);
    for (QLineEdit* date : { line.date, line.expiry }) {
        date->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
        date->setLayoutDirection(Qt::LeftToRight);
        date->setMaxLength(10);
    }
    line.status = new TermCombo(registrationTerms(RegistrationVocabulary::Status), m_display, this);
    line.status->setObjectName(QStringLiteral("registrationStatus") + suffix);
    line.status->setCode(r.status);
    line.remove = new QPushButton(QStringLiteral("✕"), this);
    line.remove->setObjectName(QStringLiteral("removeRegistration") + suffix);
    line.remove->setFixedWidth(28);
    connect(line.remove, &QPushButton::clicked, this, [this, remove = line.remove] {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines.at(i).remove == remove) {
                removeRegistration(i);
                relayout();
                return;
            }
        }
    });
    const int row = index + 1;
    m_grid->addWidget(line.authority, row, Authority);
    m_grid->addWidget(line.authorityName, row, AuthorityName);
    m_grid->addWidget(line.number, row, Number);
    m_grid->addWidget(line.date, row, Date);
    m_grid->addWidget(line.expiry, row, Expiry);
    m_grid->addWidget(line.status, row, Status);
    m_grid->addWidget(line.remove, row, Remove);
    m_lines << line;
    retranslate();
}

void RegistrationRows::removeRegistration(int index)
{
    if (index < 0 || index >= m_lines.size())
        return;
    const Line line = m_lines.takeAt(index);
    for (QWidget* w : std::initializer_list<QWidget*> { line.authority, line.authorityName,
             line.number, line.date, line.expiry, line.status, line.remove })
        delete w;
    // Later lines move up one grid row.
    for (int i = index; i < m_lines.size(); ++i) {
        const Line& l = m_lines.at(i);
        const QList<QWidget*> widgets { l.authority, l.authorityName, l.number, l.date, l.expiry,
            l.status, l.remove };
        for (int column = 0; column < widgets.size(); ++column)
            m_grid->addWidget(widgets.at(column), i + 1, column);
    }
}

void RegistrationRows::relayout()
{
    for (QLabel* header : std::as_const(m_headers))
        header->setVisible(!m_lines.isEmpty());
    m_empty->setVisible(m_lines.isEmpty());
}

QList<PartnerRegistration> RegistrationRows::registrations() const
{
    QList<PartnerRegistration> result;
    for (const Line& line : m_lines) {
        PartnerRegistration r;
        r.meta.id = line.id;
        r.authority = line.authority->code();
        r.authorityName = line.authorityName->text();
        r.number = line.number->text();
        r.registeredOn = line.date->text().trimmed();
        r.expiresOn = line.expiry->text().trimmed();
        r.status = line.status->code();
        result << r;
    }
    return result;
}

Issues RegistrationRows::showIssues(const Issues& issues)
{
    QSet<QString> fields;
    for (const char* name : kRegistrationFields)
        fields.insert(EditorForm::coreFieldName(name));
    Issues rest;
    QStringList mine;
    for (const Issue& issue : issues) {
        if (fields.contains(issue.field))
            mine << issue.message;
        else
            rest << issue;
    }
    m_messages->setText(mine.join(QLatin1Char('\n')));
    m_messages->setVisible(!mine.isEmpty());
    return rest;
}

void RegistrationRows::retranslate()
{
    const QStringList captions { tr("Authority"), tr("Which directorate or authority"),
        tr("Registration no."), tr("Date"), tr("Expiry"), tr("Status") };
    for (int i = 0; i < m_headers.size(); ++i)
        m_headers.at(i)->setText(captions.at(i));
    m_empty->setText(tr("No registration recorded. Partners must be registered with the Ministry "
                        "of Social Affairs and Labour or one of its directorates."));
    m_add->setText(tr("Add registration"));
    for (const Line& line : std::as_const(m_lines)) {
        line.authority->relabel();
        line.status->relabel();
        line.remove->setToolTip(tr("Remove this registration"));
        line.date->setToolTip(tr("Date of registration (or of the application, when pending)"));
        line.expiry->setToolTip(tr("Leave empty when the registration does not expire"));
    }
}

} // namespace tansiq::ui
