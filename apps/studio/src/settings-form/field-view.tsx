import type { ComponentType } from 'react';
import type { FieldKind, FieldModel } from './field-model';
import { useFormContext } from './form-context';
import { localize } from './ui-locale';
import { pathKey, type ValuePath } from './value-path';
import type { WidgetProps } from './widget-props';
import { ExpressionWidget } from './widgets/expression-widget';
import { JsonWidget } from './widgets/json-widget';
import { KeyValueWidget } from './widgets/key-value-widget';
import { ListWidget } from './widgets/list-widget';
import { NumberWidget } from './widgets/number-widget';
import { ObjectWidget } from './widgets/object-widget';
import { PickerWidget } from './widgets/picker-widget';
import { SelectWidget } from './widgets/select-widget';
import { SwitchWidget } from './widgets/switch-widget';
import { TemplateWidget } from './widgets/template-widget';
import { TextWidget } from './widgets/text-widget';

export interface FieldViewProps {
  model: FieldModel;
  path: ValuePath;
  value: unknown;
  onChange: (value: unknown) => void;
  /** The field's key, shown when the schema gives no label. */
  fallbackLabel: string;
}

/** One settings field: its label, help and messages, drawn by the widget of its kind. */
export function FieldView({ model, path, value, onChange, fallbackLabel }: FieldViewProps) {
  const { issues, uiLocale } = useFormContext();
  const key = pathKey(path);
  const messages = issues.get(key);
  const Widget = widgetFor(model.kind);
  return (
    <Widget
      model={model}
      path={path}
      value={value}
      onChange={onChange}
      label={model.meta.label ? localize(model.meta.label, uiLocale) : fallbackLabel}
      description={model.meta.help ? localize(model.meta.help, uiLocale) : undefined}
      error={messages && messages.length > 0 ? messages.join(' · ') : undefined}
      required={!model.optional && model.defaultValue === undefined}
      testId={`field-${key}`}
    />
  );
}

let widgets: Readonly<Record<FieldKind, ComponentType<WidgetProps>>> | undefined;

/** Built on first use: list and object widgets draw their children with FieldView. */
function widgetFor(kind: FieldKind): ComponentType<WidgetProps> {
  widgets ??= {
    text: TextWidget,
    textarea: TextWidget,
    secret: TextWidget,
    template: TemplateWidget,
    expression: ExpressionWidget,
    variable: PickerWidget,
    flow: PickerWidget,
    intent: PickerWidget,
    entity: PickerWidget,
    select: SelectWidget,
    number: NumberWidget,
    switch: SwitchWidget,
    list: ListWidget,
    'key-value': KeyValueWidget,
    json: JsonWidget,
    object: ObjectWidget,
  };
  return widgets[kind];
}
