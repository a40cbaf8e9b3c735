"""The rehearsal's panels: the new-rehearsal dialog, the game conductor and bar of the Sessions page, the debrief."""
