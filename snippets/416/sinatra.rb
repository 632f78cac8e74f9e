require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 416
    json message: 'Range Not Satisfiable'
end
