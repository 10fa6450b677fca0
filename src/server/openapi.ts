// The OpenAPI 3.1 document, generated from the route table.
import { z } from "zod";
import { ENGINE } from "../engine.ts";
import type { Route } from "./routes/define.ts";

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

function parameters(schema: z.ZodObject | undefined, where: "path" | "query") {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    description: s.description,
    schema: s,
  }));
}

export function openApiDocument(routes: Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = toOpenApiPath(r.url);
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      "x-permission": r.permission,
      parameters: [...parameters(r.params, "path"), ...parameters(r.query, "query")],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: z.toJSONSchema(r.body, { io: "input" }) } },
            },
          }
        : {}),
      ...(r.multipart
        ? {
            requestBody: {
              required: true,
              content: {
                "multipart/form-data": {
                  schema: {
                    type: "object",
                    properties: { files: { type: "array", items: { type: "string", format: "binary" } } },
                  },
                },
              },
            },
          }
        : {}),
      responses: {
        "200": { description: r.file ? "文件 (file)" : "成功 (ok)" },
        "400": {
          description: "输入无效 (invalid input)",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
        "404": {
          description: "不存在 (not found)",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "fazhi 法治政府建设平台 API", version: ENGINE.version },
    paths,
    components: {
      schemas: {
        Error: {
          type: "object",
          properties: {
            error: {
              type: "object",
              properties: {
                code: { type: "string" },
                message: { type: "string" },
                messageEn: { type: "string" },
              },
              required: ["code", "message", "messageEn"],
            },
          },
        },
      },
    },
  };
}
