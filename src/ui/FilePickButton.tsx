interface FilePickButtonProps {
  label: string;
  accept: string;
  testId: string;
  primary?: boolean;
  onPick: (file: File) => void;
}

/** A button-looking label around a file input; the input is reset so picking the same file again fires again. */
export function FilePickButton({ label, accept, testId, primary = false, onPick }: FilePickButtonProps) {
  return (
    <label class={`button file-pick${primary ? ' primary' : ''}`}>
      {label}
      <input
        type="file"
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onPick(file);
        }}
      />
    </label>
  );
}
