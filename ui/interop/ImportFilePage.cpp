#include "ui/interop/ImportFilePage.h"

#include "ui/common/Prompts.h"
#include "ui/registry/OrganisationCombo.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tansiq::ui {

ImportFilePage::ImportFilePage(const QList<Organisation>& organisations,
    const DisplaySettings& display, Prompts& prompts, QWidget* parent)
    : QWidget(parent), m_prompts(prompts)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setLayoutDirection(Qt::LeftToRight); // a path reads left to right in any language
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_partnerLabel = new QLabel(this);
    m_partner = new OrganisationCombo(organisations, display, true, this);
    m_partner->setObjectName(QStringLiteral("partner"));
    m_partnerLabel->setBuddy(m_partner);
    m_partnerNote = new QLabel(this);
    m_partnerNote->setWordWrap(true);
    m_partnerNote->setEnabled(false); // secondary text
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("fileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto* grid = new QGridLayout;
    grid->addWidget(m_pathLabel, 0, 0);
    grid->addWidget(m_path, 0, 1);
    grid->addWidget(m_browse, 0, 2);
    grid->addWidget(m_partnerLabel, 1, 0);
    grid->addWidget(m_partner, 1, 1, 1, 2);
    grid->addWidget(m_partnerNote, 2, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] { setProblem(QString()); });
    retranslate();
}

QString ImportFilePage::path() const
{
    return m_path->text().trimmed();
}

void ImportFilePage::setPath(const QString& path)
{
    m_path->setText(path);
}

QUuid ImportFilePage::partnerId() const
{
    return m_partner->organisationId();
}

void ImportFilePage::setPartnerId(const QUuid& id)
{
    m_partner->setOrganisationId(id);
}

void ImportFilePage::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ImportFilePage::problem() const
{
    return m_problem->text();
}

void ImportFilePage::browse()
{
    const QString path
        = m_prompts
              .openFile(this, tr("Choose a 4W spreadsheet"),
                  tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"), m_path->text())
              .value_or(QString());
    if (path.isEmpty())
        return;
    m_path->setText(path);
    emit pathChosen();
}

void ImportFilePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImportFilePage::retranslate()
{
    m_intro->setText(tr("Import a partner's 4W spreadsheet (CSV or XLSX, with or without an HXL "
                        "hashtag row). Nothing is written until you have reviewed what the import "
                        "would do."));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_partnerLabel->setText(tr("&Partner:"));
    m_partner->setItemText(0, tr("Not given: the file names its organisations"));
    m_partnerNote->setText(
        tr("Optional: the organisation that sent the file. Its remembered column "
           "mapping is used, and rows without an implementing organisation are "
           "counted as its activities."));
}

} // namespace tansiq::ui
