#pragma once

#include "core/registry/Organisation.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tansiq::ui {

class DisplaySettings;
class OrganisationCombo;
class Prompts;

// First wizard step: the CSV or XLSX file, and (optionally) the partner whose file it is, so
// that the partner's remembered column mapping applies and rows without an implementing
// organisation are theirs.
class ImportFilePage : public QWidget {
    Q_OBJECT
public:
    ImportFilePage(const QList<Organisation>& organisations, const DisplaySettings& display,
        Prompts& prompts, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    QUuid partnerId() const;
    void setPartnerId(const QUuid& id);
    OrganisationCombo* partner() const { return m_partner; }
    void setProblem(const QString& text);
    QString problem() const;

signals:
    void pathChosen();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();

    QLabel* m_intro;
    QLabel* m_pathLabel;
    Prompts& m_prompts;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_partnerLabel;
    OrganisationCombo* m_partner;
    QLabel* m_partnerNote;
    QLabel* m_problem;
};

} // namespace tansiq::ui
