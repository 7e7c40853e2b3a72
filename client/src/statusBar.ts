/**
 * The status bar item with the workspace's count of contradictions, as the server reports it
 * (`isnad/contradictions`); a click opens the Problems panel.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { contradictionsNotification, type ContradictionCount } from "../../server/src/lsp/protocol";

export interface ContradictionStatus extends vscode.Disposable {
  /** The last count the server sent, undefined before the first. */
  readonly count: ContradictionCount | undefined;
}

export function showContradictionCount(client: LanguageClient): ContradictionStatus {
  const item = vscode.window.createStatusBarItem("isnad.contradictions", vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t("Isnad: contradictions");
  item.command = "workbench.actions.view.problems";
  let count: ContradictionCount | undefined;
  const listener = client.onNotification(contradictionsNotification.method, (next: ContradictionCount) => {
    count = next;
    if (next.claims === 0) {
      item.text = vscode.l10n.t("$(check) No contradictions");
      item.tooltip = vscode.l10n.t("No claim contradicts another source. Click to open the Problems panel.");
    } else {
      item.text = next.claims === 1 ? vscode.l10n.t("$(warning) 1 contradiction") : vscode.l10n.t("$(warning) {0} contradictions", next.claims);
      item.tooltip = vscode.l10n.t("Claims that contradict another source: {0}, in {1} claims files. Click to open the Problems panel.", next.claims, next.files);
    }
    item.show();
  });
  return {
    get count() {
      return count;
    },
    dispose: () => {
      listener.dispose();
      item.dispose();
    },
  };
}
