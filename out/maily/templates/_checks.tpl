{{/*
maily.quantity: a Kubernetes quantity ("500m", "1.5Gi", 2) in base units (cores, bytes).
Usage: {{ include "maily.quantity" "512Mi" | float64 }}
*/}}
{{- define "maily.quantity" -}}
{{- $q := toString . }}
{{- $number := regexReplaceAll "^([0-9]*\\.?[0-9]*([eE][-+]?[0-9]+)?).*$" $q "${1}" }}
{{- $suffix := trimPrefix $number $q }}
{{- $factors := dict "" 1.0 "m" 0.001 "k" 1000.0 "M" 1000000.0 "G" 1000000000.0 "T" 1000000000000.0 "P" 1000000000000000.0 "E" 1000000000000000000.0 "Ki" 1024.0 "Mi" 1048576.0 "Gi" 1073741824.0 "Ti" 1099511627776.0 "Pi" 1125899906842624.0 "Ei" 1152921504606846976.0 }}
{{- mulf (float64 $number) (get $factors $suffix) }}
{{- end }}

{{/*
maily.check.replicas: `autoscaling.minReplicas` is at most `autoscaling.maxReplicas`. Fails naming the fields.
Usage: {{ include "maily.check.replicas" (list $ "api") }}
*/}}
{{- define "maily.check.replicas" -}}
{{- $key := index . 1 }}
{{- $v := index (index . 0).Values $key }}
{{- $a := $v.autoscaling }}
{{- if gt (int64 $a.minReplicas) (int64 $a.maxReplicas) }}
{{- fail (printf "%s.autoscaling.minReplicas (%d) is greater than maxReplicas (%d)" $key (int64 $a.minReplicas) (int64 $a.maxReplicas)) }}
{{- end }}
{{- end }}

{{/*
maily.check.requestsWithinLimits: each resource request is at most its limit (`resources.requests.cpu` ≤ `resources.limits.cpu`, ...). Fails naming the fields.
Usage: {{ include "maily.check.requestsWithinLimits" (list $ "api") }}
*/}}
{{- define "maily.check.requestsWithinLimits" -}}
{{- $key := index . 1 }}
{{- $v := index (index . 0).Values $key }}
{{- range $resource, $request := $v.resources.requests }}
{{- $limit := index $v.resources.limits $resource }}
{{- if and (not (kindIs "invalid" $limit)) (gt (float64 (include "maily.quantity" $request)) (float64 (include "maily.quantity" $limit))) }}
{{- fail (printf "%s.resources.requests.%s (%v) is greater than limits.%s (%v)" $key $resource $request $resource $limit) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.secretEnvUnique: no variable is in both `env` and `secretEnv`. Fails naming the fields.
Usage: {{ include "maily.check.secretEnvUnique" (list $ "api") }}
*/}}
{{- define "maily.check.secretEnvUnique" -}}
{{- $key := index . 1 }}
{{- $v := index (index . 0).Values $key }}
{{- range $name, $_ := $v.secretEnv }}
{{- if hasKey $v.env $name }}
{{- fail (printf "%s.secretEnv.%s is already set by env" $key $name) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.portsUnique: `extraPorts` names, container ports and Service ports are unique and differ from the `http` port's. Fails naming the fields.
Usage: {{ include "maily.check.portsUnique" (list $ "api") }}
*/}}
{{- define "maily.check.portsUnique" -}}
{{- $key := index . 1 }}
{{- $v := index (index . 0).Values $key }}
{{- $names := dict }}
{{- $containerPorts := dict (toString (int64 $v.containerPort)) true }}
{{- $servicePorts := dict (toString (int64 $v.service.port)) true }}
{{- range $i, $p := $v.extraPorts }}
{{- if hasKey $names $p.name }}
{{- fail (printf "%s.extraPorts[%d].name (%q) is a duplicate port name" $key $i $p.name) }}
{{- end }}
{{- $_ := set $names $p.name true }}
{{- $c := toString (int64 $p.containerPort) }}
{{- if hasKey $containerPorts $c }}
{{- fail (printf "%s.extraPorts[%d].containerPort (%s) is already used by another port" $key $i $c) }}
{{- end }}
{{- $_ := set $containerPorts $c true }}
{{- $s := toString (int64 $p.servicePort) }}
{{- if hasKey $servicePorts $s }}
{{- fail (printf "%s.extraPorts[%d].servicePort (%s) is already used by another port" $key $i $s) }}
{{- end }}
{{- $_ := set $servicePorts $s true }}
{{- end }}
{{- end }}
