#pragma once

#include <QGraphicsView>
#include <QUrl>

class QLabel;
class QToolButton;

namespace Stackdeck {

class TopologyScene;

// Zoom (Ctrl+wheel, +/-), pan (drag), fit (F or the button) and arrow/Tab navigation over a TopologyScene.
class TopologyView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit TopologyView(QWidget *parent = nullptr);

    TopologyScene *topologyScene() const { return m_scene; }
    double zoom() const;
    void setZoom(double factor);

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    // Tab order: top to bottom, left to right; wraps around.
    void selectNext(bool forward = true);
    // The nearest card in that direction from the selected one; false when there is none.
    bool selectTowards(Qt::Key key);

signals:
    void serviceSelected(const QString &service);
    void openUrlRequested(const QUrl &url);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void select(const QString &service);
    void placeButtons();

    TopologyScene *m_scene = nullptr;
    QToolButton *m_fitButton = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QLabel *m_legend = nullptr;
};

} // namespace Stackdeck
