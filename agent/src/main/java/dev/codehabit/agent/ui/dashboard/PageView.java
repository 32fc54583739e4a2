package dev.codehabit.agent.ui.dashboard;

import javafx.scene.Node;

/** Builds one dashboard page from its loaded model. Called on the FX thread; must not touch the database. */
interface PageView {
    Node build(DashboardModel model, ViewContext ctx);
}
