export default defineBackground(() => {
  // Wired up in the clean-view work: action, command, context menu and message handlers.
});
