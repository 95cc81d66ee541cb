import { useEffect, useState } from 'react';
import { DescriptionTextarea, descriptionTooLong } from './description-textarea';

/**
 * A description edited in place: typed freely, written to the draft when the field
 * is left (one edit, one save), never when too long.
 */
export function DescriptionField(props: {
  value: string;
  placeholder: string;
  onCommit: (text: string) => void;
  testId: string;
}) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  return (
    <DescriptionTextarea
      placeholder={props.placeholder}
      value={text}
      minRows={1}
      maxRows={4}
      onChange={setText}
      onBlur={() => {
        if (!descriptionTooLong(text) && text.trim() !== props.value.trim())
          props.onCommit(text.trim());
      }}
      data-testid={props.testId}
    />
  );
}
